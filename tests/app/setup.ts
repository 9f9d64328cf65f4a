import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jsdom does not implement scrolling; the app scrolls on navigation and to hash targets.
window.scrollTo = vi.fn();
Element.prototype.scrollIntoView = vi.fn<Element['scrollIntoView']>();

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // The document outlives each test: a title left by one must not pass the next one's check.
  document.title = '';
});
