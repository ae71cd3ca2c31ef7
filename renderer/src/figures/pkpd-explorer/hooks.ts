// Small React hooks of the PK/PD explorer: keep a value's identity while its contents are unchanged
// (so memoised charts skip redraws) and measure an element's width.
import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Returns the previous value while `equal(previous, next)` holds, else `next`. A re-simulation that leaves
 * a series unchanged (e.g. the drug level when only marrow blasts move) keeps the old array, so the chart
 * drawing it sees identical props and does not re-render.
 */
export function useStable<T>(next: T, equal: (a: T, b: T) => boolean): T {
  const ref = useRef(next);
  if (ref.current !== next && !equal(ref.current, next)) ref.current = next;
  return ref.current;
}

/** Width of an element in CSS pixels (rounded to 8 px to avoid redraw churn), or `fallback` before layout. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = (w: number): void => {
      if (w > 0) setWidth(Math.max(280, Math.round(w / 8) * 8));
    };
    measure(el.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
