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

/** Width and height of an element in CSS pixels (unrounded), or `fallback` before layout. */
export function useElementSize(ref: RefObject<HTMLElement | SVGElement | null>, fallback: { width: number; height: number }): { width: number; height: number } {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = (width: number, height: number): void => {
      if (width > 0 && height > 0) setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    const box = el.getBoundingClientRect();
    measure(box.width, box.height);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
