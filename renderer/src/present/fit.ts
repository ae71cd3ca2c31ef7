// Fits a presentation step to its 16:9 stage without scrolling: the step's text column and its figure column are
// each zoomed down (never up) until they fit the height left below the step's title — so a tall figure does not
// shrink the text beside it — and re-fitted when the stage is resized or a column changes size (a figure loads).
/** Smallest zoom (the PK/PD explorer needs it on a 1280×720 projector); below this nothing is readable. */
export const MIN_ZOOM = 0.3;
const COLUMNS = '.present-text, .present-figures';

/**
 * The largest zoom in [MIN_ZOOM, 1] at which `fits(zoom)` holds, to within 1 %, by bisection (text re-wraps at each
 * zoom, so height is not proportional to it and a proportional update can oscillate). MIN_ZOOM when nothing fits.
 */
export function largestFittingZoom(fits: (zoom: number) => boolean): number {
  if (fits(1)) return 1;
  let lo = MIN_ZOOM;
  let hi = 1;
  if (!fits(lo)) return lo;
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Keeps the columns of `content` fitted inside `stage`; returns the function that stops it. */
export function fitToStage(stage: HTMLElement, content: HTMLElement): () => void {
  let frame = 0;
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => schedule());
  const watched = new Set<Element>();
  const fit = () => {
    frame = 0;
    const style = getComputedStyle(stage);
    const bottom = stage.getBoundingClientRect().bottom - parseFloat(style.paddingBottom);
    for (const column of Array.from(content.querySelectorAll<HTMLElement>(COLUMNS))) {
      if (!watched.has(column)) {
        watched.add(column);
        observer?.observe(column);
      }
      const zoom = largestFittingZoom((z) => {
        column.style.zoom = String(z);
        const rect = column.getBoundingClientRect();
        return rect.height <= bottom - rect.top + 1;
      });
      column.style.zoom = String(zoom);
      column.dataset.zoom = zoom.toFixed(3);
    }
  };
  function schedule() {
    if (!frame) frame = requestAnimationFrame(fit);
  }
  fit();
  observer?.observe(stage);
  const mutations = new MutationObserver(schedule);
  mutations.observe(content, { childList: true });
  return () => {
    cancelAnimationFrame(frame);
    observer?.disconnect();
    mutations.disconnect();
  };
}
