// The width of an element, for drawings made at their real pixel size (charts whose type follows the text
// size instead of being scaled with the drawing).
import { useEffect, useState, type RefObject } from 'react';

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
