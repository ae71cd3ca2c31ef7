// Whether an element that scrolls sideways has more to show on either side — for a visible cue (shaded edges and
// a hint) on a wide table that cannot fit its column. Follows scrolling and the sizes of the element and of its
// content (a window resize, a text-size change, a re-sort).
import { useEffect, useState, type RefObject } from 'react';

export interface SideScroll {
  /** The content is wider than the element: it scrolls sideways. */
  wide: boolean;
  /** Some content lies left of the visible part. */
  left: boolean;
  /** Some content lies right of the visible part. */
  right: boolean;
}

const NONE: SideScroll = { wide: false, left: false, right: false };

/** Where a sideways-scrolling element can still scroll, measured from its scroll position and sizes. */
export function sideScrollOf(el: Pick<HTMLElement, 'scrollLeft' | 'scrollWidth' | 'clientWidth'>): SideScroll {
  const max = el.scrollWidth - el.clientWidth;
  if (max <= 1) return NONE;
  return { wide: true, left: el.scrollLeft > 1, right: el.scrollLeft < max - 1 };
}

export function useSideScroll(ref: RefObject<HTMLElement | null>): SideScroll {
  const [state, setState] = useState<SideScroll>(NONE);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => {
      const next = sideScrollOf(el);
      setState((s) => (s.wide === next.wide && s.left === next.left && s.right === next.right ? s : next));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    if (el.firstElementChild) observer?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return state;
}
