// Fits a presentation step to its 16:9 stage without scrolling: the step's text column and its figure column are
// each zoomed down (never up) until they fit the height left below the step's title — so a tall figure does not
// shrink the text beside it — and re-fitted when the stage is resized or a column changes size (a figure loads).
// Measured in the stage's own layout pixels, so a stage drawn scaled (the presenter view shows the audience's stage
// at the audience's size, scaled down) is fitted exactly as the unscaled one.
/** Smallest zoom (the PK/PD explorer needs it on a 1280×720 projector); below this nothing is readable. */
export const MIN_ZOOM = 0.3;
/** How close to the largest fitting zoom the search stops. */
const TOLERANCE = 0.01;
/** The current step's columns (the steps either side of it are kept drawn, hidden). */
const COLUMNS = '.present-step[data-current] > :is(.present-text, .present-figures)';

/**
 * The largest zoom in [MIN_ZOOM, 1], to within 1 %, at which the content fits, given `room(zoom)`: the room there is
 * divided by the content's height at that zoom (≥ 1 fits). MIN_ZOOM when nothing fits. Each call is one layout (tens
 * of milliseconds for a figure), so the search predicts instead of halving: the content's height is close to a
 * straight line in the zoom (text shrinks with it; a chart as wide as its column keeps its size on screen), so the
 * line through the last two layouts tells where the content just fits. It probes a hair below that — and, when that
 * fits, a hair above the 1 % mark — which usually settles in 3–4 layouts; bisection takes over if prediction stalls.
 */
export function largestFittingZoom(room: (zoom: number) => number): number {
  const atOne = room(1);
  if (atOne >= 1) return 1;
  // The bracket: `lo` fits (MIN_ZOOM is assumed to until measured), `hi` does not. `need` is height over room: ≤ 1 fits.
  let lo = MIN_ZOOM;
  let hi = 1;
  let loMeasured = false;
  // The last two layouts, for the line (the first line runs from zero: content in proportion to the zoom).
  let last = { zoom: 1, need: 1 / atOne };
  let before: { zoom: number; need: number } | null = null;
  let closing = false;
  let predictions = 0;
  while (hi - lo > TOLERANCE) {
    let zoom: number;
    let predicted = false;
    const [a, b] = before ? [before, last] : [{ zoom: 0, need: 0 }, last];
    const slope = (b.need - a.need) / (b.zoom - a.zoom);
    if (closing) {
      // A predicted zoom fitted: one just over 1 % above it either fits too (go on) or ends the search.
      zoom = lo + TOLERANCE * 0.99;
    } else if (predictions < 3 && slope > 0 && Number.isFinite(slope)) {
      predictions += 1;
      predicted = true;
      zoom = b.zoom + (1 - b.need) / slope - TOLERANCE / 2;
    } else {
      // Text re-wraps in steps, and a line through two zooms on one step is flat: halve instead.
      zoom = (lo + hi) / 2;
    }
    zoom = Math.min(hi - TOLERANCE / 4, Math.max(!loMeasured ? MIN_ZOOM : lo + TOLERANCE / 4, zoom));
    const need = 1 / room(zoom);
    before = last;
    last = { zoom, need };
    // Close in only when the line says the largest fitting zoom is within 1 % above this one; else predict again.
    closing = predicted && need <= 1 && (1 - need) / slope < TOLERANCE;
    if (need <= 1) {
      lo = zoom;
      loMeasured = true;
    } else {
      if (zoom <= MIN_ZOOM) return MIN_ZOOM;
      hi = zoom;
    }
  }
  return lo;
}

export interface FitOptions {
  /**
   * What the content is (a lesson's step): the zooms last fitted for it at this stage size are tried first, and kept
   * when each column comes out exactly as large as it did then — one layout instead of a search, when going back.
   */
  cacheKey?: string;
  /** Zooms to show the columns at instead of fitting them (the presenter view shows the audience's), or null to fit. */
  fixed?(): readonly number[] | null;
  /** Told the stage's layout size and each column's zoom after every fit. */
  onFit?(fit: { width: number; height: number; zooms: number[] }): void;
}

/** The zooms and column sizes last fitted, by content and stage size (a presentation revisits its steps). */
const lastFits = new Map<string, { zooms: number[]; sizes: string[] }>();

/** Keeps the columns of `content` fitted inside `stage`; returns the function that stops it. */
export function fitToStage(stage: HTMLElement, content: HTMLElement, options: FitOptions = {}): () => void {
  let frame = 0;
  /** The stage's and each column's layout size when last fitted: a resize report of exactly that (the fit's own doing) is no change. */
  const fitted = new WeakMap<Element, string>();
  const sizeOf = (el: Element) => (el instanceof HTMLElement ? `${el.offsetWidth}×${el.offsetHeight}` : '');
  /** The columns the last fit measured. */
  let fittedColumns: readonly HTMLElement[] = [];
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          if (entries.some((entry) => fitted.get(entry.target) !== sizeOf(entry.target))) schedule();
        });
  const fit = () => {
    frame = 0;
    const box = stage.getBoundingClientRect();
    const style = getComputedStyle(stage);
    const width = parseFloat(style.width) || box.width;
    const height = parseFloat(style.height) || box.height;
    // The stage's scale on screen (1 unless it is drawn scaled): every measurement is taken back to layout pixels.
    const scale = height > 0 && box.height > 0 ? box.height / height : 1;
    const bottom = height - parseFloat(getComputedStyle(content).paddingBottom || '0');
    const columns = Array.from(content.querySelectorAll<HTMLElement>(COLUMNS));
    fittedColumns = columns;
    const key = options.cacheKey === undefined ? undefined : `${options.cacheKey}|${width}×${height}|${getComputedStyle(content).fontSize}`;
    const last = key === undefined ? undefined : lastFits.get(key);
    const given = options.fixed?.();
    const fixed = given && given.length === columns.length ? given : null;
    const zooms = columns.map((column, k) => {
      if (!fitted.has(column)) observer?.observe(column);
      if (fixed) return fixed[k]!;
      // The zoom this column had when this step was last fitted at this size, kept if it comes out the same size.
      const again = last && last.zooms.length === columns.length ? last.zooms[k]! : undefined;
      if (again !== undefined) {
        column.style.zoom = String(again);
        if (sizeOf(column) === last!.sizes[k]) return again;
      }
      return largestFittingZoom((z) => {
        column.style.zoom = String(z);
        const rect = column.getBoundingClientRect();
        const h = rect.height / scale;
        return h > 0 ? (bottom - (rect.top - box.top) / scale + 1) / h : 1;
      });
    });
    columns.forEach((column, k) => {
      const zoom = zooms[k]!;
      column.style.zoom = String(zoom);
      column.dataset.zoom = zoom.toFixed(3);
      fitted.set(column, sizeOf(column));
    });
    fitted.set(stage, sizeOf(stage));
    if (key !== undefined && !fixed) lastFits.set(key, { zooms, sizes: columns.map(sizeOf) });
    options.onFit?.({ width, height, zooms });
  };
  function schedule() {
    if (!frame) frame = requestAnimationFrame(fit);
  }
  fit();
  observer?.observe(stage);
  // Children come and go: a step replaced, or the hidden steps drawn ahead mounting beside the current one. Only a
  // change in the columns shown needs a fit.
  const mutations = new MutationObserver(() => {
    const columns = content.querySelectorAll<HTMLElement>(COLUMNS);
    if (columns.length !== fittedColumns.length || fittedColumns.some((column, k) => column !== columns[k])) schedule();
  });
  mutations.observe(content, { childList: true });
  return () => {
    cancelAnimationFrame(frame);
    observer?.disconnect();
    mutations.disconnect();
  };
}

/**
 * How a stage of `stage` size is drawn in a frame of `frame` size: at the frame's top left corner, scaled down to fit
 * whole — never enlarged, so that a presenter screen with room for the projector's stage shows it pixel for pixel (at
 * the same offset within the window's pixel grid as on the audience screen, so text and lines rasterize the same).
 */
export function stageScale(frame: { width: number; height: number }, stage: { width: number; height: number }): number {
  return Math.min(1, frame.width / stage.width, frame.height / stage.height);
}
