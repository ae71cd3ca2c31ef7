// Build-time pre-rendering (run by build/scripts/prerender.ts through a Vite SSR build): the HTML of the
// atlas shell at a route, so the first paint of a lesson needs no JavaScript. React then renders the
// same markup over it. Uses a platform with defaults: nothing is stored at build time.
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { AtlasProvider } from './app/atlas-context';
import { AtlasStoreProvider } from './state/react';
import { AtlasStore, initialAtlasState } from './state/store';
import { loadLessonModule } from './lessons/manifest';
import { lessons } from './data/content';
import type { AtlasApi } from './platform';
import { DEFAULT_SETTINGS } from '../../electron/common/settings-values';
import { EMPTY_PROGRESS } from '../../electron/common/progress-values';

const buildTimePlatform: AtlasApi = {
  edition: 'web',
  appInfo: async () => ({ name: 'BiTE Atlas', version: '', platform: 'build', edition: 'web' }),
  getSettings: async () => ({ value: DEFAULT_SETTINGS }),
  setSettings: async () => DEFAULT_SETTINGS,
  getProgress: async () => ({ value: EMPTY_PROGRESS }),
  updateLessonProgress: async () => EMPTY_PROGRESS,
  getReviews: async () => ({ value: { version: 1 as const, events: [] } }),
  appendReviews: async () => ({ count: 0 }),
  importReviews: async () => ({ added: 0, duplicates: 0, conflicts: 0, count: 0 }),
  onReviewsChanged: () => () => undefined,
  openExternal: async () => false,
  onSettingsChanged: () => () => undefined,
  onOpenLink: () => () => undefined,
};

export interface PrerenderedPage {
  /** The hash route, e.g. "#/lesson/what-a-bite-is". */
  hash: string;
  /** File name of the fragment, e.g. "lesson-what-a-bite-is.html". */
  file: string;
  title: string;
  html: string;
}

export async function prerenderPages(): Promise<PrerenderedPage[]> {
  const pages: PrerenderedPage[] = [];
  for (const lesson of lessons) {
    await loadLessonModule(lesson); // rendered synchronously from the loaded module (no Suspense)
    const hash = `#/lesson/${lesson.slug}`;
    const store = new AtlasStore(initialAtlasState({ name: 'lesson', slug: lesson.slug }));
    const html = renderToString(
      <AtlasStoreProvider store={store}>
        <AtlasProvider platform={buildTimePlatform}>
          <App />
        </AtlasProvider>
      </AtlasStoreProvider>,
    );
    pages.push({ hash, file: `lesson-${lesson.slug}.html`, title: `${lesson.title} · BiTE Atlas`, html });
  }
  return pages;
}
