// Fits a presentation step to its 16:9 stage without scrolling: the step's text column and its figure column are
// each zoomed down (never up) until they fit the height left below the step's title — so a tall figure does not
// shrink the text beside it — and re-fitted when the stage is resized or a column changes size (a figure loads).
/** Smallest zoom: below this the text stops being readable from the back of a room. */
export const MIN_ZOOM = 0.4;
const COLUMNS = '.present-text, .present-figures';

/** The zoom that makes content of `contentHeight` (measured at `zoom`) fit `available`; at most 1. */
export function nextZoom(zoom: number, contentHeight: number, available: number): number {
  if (contentHeight <= 0 || available <= 0) return zoom;
  const natural = contentHeight / zoom;
  return Math.max(MIN_ZOOM, Math.min(1, (available / natural) * 0.995));
}

function zoomOf(element: HTMLElement): number {
  const z = Number(element.dataset.zoom);
  return Number.isFinite(z) && z > 0 ? z : 1;
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
      // A few rounds: text re-wraps at each zoom, so the height is not exactly proportional.
      let zoom = zoomOf(column);
      for (let round = 0; round < 4; round++) {
        const rect = column.getBoundingClientRect();
        const room = bottom - rect.top;
        const next = nextZoom(zoom, rect.height, room);
        if (Math.abs(next - zoom) < 0.005 && rect.height <= room + 1) break;
        zoom = next;
        column.style.zoom = String(zoom);
        column.dataset.zoom = zoom.toFixed(3);
      }
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
