import { useEffect, useState, type RefObject } from 'react';

/**
 * How far the reader is through the article containing `inside`, in whole percent: 0 while
 * its top is in view, 100 once its end is. Starts at 0 and is measured in effects only, so
 * server and client render the same markup. Whole percents keep re-renders rare.
 */
export function useReadingProgress(inside: RefObject<HTMLElement | null>): number {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    const article = inside.current?.closest('article');
    if (!article) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const { top, height } = article.getBoundingClientRect();
      const scrollable = height - window.innerHeight;
      const fraction = scrollable <= 0 ? 1 : -top / scrollable;
      setPercent(Math.round(Math.min(1, Math.max(0, fraction)) * 100));
    };
    // At most one measurement per frame, however often scroll fires.
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [inside]);
  return percent;
}
