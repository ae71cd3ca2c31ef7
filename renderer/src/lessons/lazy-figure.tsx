// Lazy loading for lesson figures: each figure becomes its own chunk, shown in place of a placeholder
// of about its height (so the page does not jump) once its code has loaded.
import { lazy, Suspense, type ComponentType } from 'react';

export function lazyFigure<P extends object>(load: () => Promise<ComponentType<P>>, minHeightPx: number): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazyFigure(props: P) {
    return (
      <Suspense
        fallback={
          <div className="figure-loading" style={{ minHeight: `${minHeightPx}px` }} role="status">
            Loading figure…
          </div>
        }
      >
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyFigure;
}
