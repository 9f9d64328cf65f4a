import { useEffect, useState } from 'react';

/**
 * The id of the section being read: the one crossing a line 30% down the viewport, or the
 * last one once the page is scrolled to its end (a short last section never reaches the
 * line). `ids` name section headings; each heading's `<section>` is what is watched, so
 * the answer stays right in the middle of a long section. Starts as `''` and is only set
 * in effects, so server and client render the same markup.
 */
export function useScrollSpy(ids: readonly string[]): string {
  const [crossing, setCrossing] = useState('');
  const atEnd = useAtPageEnd();
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const sections = new Map<Element, string>();
    for (const id of ids) {
      const section = document.getElementById(id)?.closest('section');
      if (section) sections.set(section, id);
    }
    const inBand = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = sections.get(entry.target);
          if (id === undefined) continue;
          if (entry.isIntersecting) inBand.add(id);
          else inBand.delete(id);
        }
        const current = ids.findLast((id) => inBand.has(id));
        if (current !== undefined) return setCrossing(current);
        // Between sections (the intro, or past the article): above the first means none.
        const first = sections.keys().next().value;
        if (first && first.getBoundingClientRect().top > window.innerHeight * 0.3) {
          setCrossing('');
        }
      },
      // A band 1% high, 30% down the viewport: sections are contiguous, so one crosses it.
      { rootMargin: '-30% 0px -69% 0px' },
    );
    for (const section of sections.keys()) observer.observe(section);
    return () => observer.disconnect();
  }, [ids]);
  const last = ids.at(-1);
  return atEnd && last !== undefined ? last : crossing;
}

function useAtPageEnd(): boolean {
  const [atEnd, setAtEnd] = useState(false);
  useEffect(() => {
    const update = () => {
      const { scrollHeight } = document.documentElement;
      // Only when the page scrolls at all; a few pixels of slack for fractional scrolling.
      setAtEnd(window.scrollY > 0 && window.scrollY + window.innerHeight >= scrollHeight - 4);
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  return atEnd;
}
