// Starts the atlas: mounts the shell with its platform provider over whatever boot.js pre-rendered,
// keeping the reader's focus. Runs unchanged in Electron and in a plain browser (the web edition).
import 'katex/dist/katex.min.css';
import './app/app-later.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AtlasProvider } from './app/atlas-context';
import { createAtlasStoreFromHash, hashOf, openLink, startUrlSync } from './app/atlas-store';
import { getPlatform } from './platform';
import { parseRoute } from './state/route';
import { AtlasStoreProvider } from './state/react';
import type { AtlasState } from './state/store';
import { loadLessonModule } from './lessons/manifest';
import { findLesson } from './data/content';

/** A selector that finds the same element again after React has re-rendered the page. */
function focusKey(element: Element | null): string | null {
  if (!element || element === document.body) return null;
  if (element.id) return `#${CSS.escape(element.id)}`;
  const term = element.getAttribute('data-term');
  if (term) return `[data-term="${CSS.escape(term)}"]`;
  const href = element.getAttribute('href');
  if (href) return `a[href="${CSS.escape(href)}"]`;
  return null;
}

export async function start(container: HTMLElement): Promise<void> {
  const initial = parseRoute(window.location.hash);
  const initialLesson = initial.name === 'lesson' ? findLesson(initial.slug) : undefined;
  // Render once the opened lesson's module is here (a few ms), so it appears in React's first frame.
  if (initialLesson) await Promise.race([loadLessonModule(initialLesson).catch(() => undefined), new Promise((r) => setTimeout(r, 400))]);
  const active = container.contains(document.activeElement) ? document.activeElement : null;
  // Elements without a stable key (a model number in the text) are found again by their place among the
  // lesson body's controls: the pre-rendered body is a prefix of the one React renders.
  const controls = '.lesson-body a[href], .lesson-body button';
  const focused = focusKey(active);
  const focusedIndex = active && !focused ? [...container.querySelectorAll(controls)].indexOf(active) : -1;
  const scrollY = window.scrollY;
  (window as Window & { __atlasMounted?: boolean }).__atlasMounted = true; // boot.js must not inject after this
  // The atlas state starts from the address; a link that cannot be read is refused with a notice.
  const linkErrors: string[] = [];
  const store = createAtlasStoreFromHash(window.location.hash, (message) => linkErrors.push(message));
  const reportLinkError = (text: string): void => store.notices.add({ tone: 'warning', text });
  linkErrors.forEach(reportLinkError);
  startUrlSync(store, reportLinkError);
  // A link to this view: a bite-atlas:// link from the desktop app (it opens the app there), the page's own
  // address in the web edition. Links the desktop app is asked to open arrive as routes.
  const platform = getPlatform();
  const linkFor = (state: AtlasState): string =>
    platform.edition === 'desktop' ? `bite-atlas://${hashOf(state).replace(/^#\//, '')}` : `${window.location.href.split('#')[0]}${hashOf(state)}`;
  platform.onOpenLink(openLink);
  // Rendered synchronously, so the pre-rendered page is replaced before focus and scroll are put back.
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <StrictMode>
        <AtlasStoreProvider store={store} linkFor={linkFor}>
          <AtlasProvider>
            <App />
          </AtlasProvider>
        </AtlasStoreProvider>
      </StrictMode>,
    ),
  );
  if (focused || focusedIndex >= 0 || scrollY) {
    requestAnimationFrame(() => {
      if (scrollY) window.scrollTo({ top: scrollY });
      const target = focused ? document.querySelector<HTMLElement>(focused) : focusedIndex >= 0 ? container.querySelectorAll<HTMLElement>(controls)[focusedIndex] : null;
      target?.focus({ preventScroll: true });
    });
  }
}
