// Shared end-to-end fixtures: every test gets a page that records console errors, page errors and any
// request leaving 127.0.0.1, and fails if it saw one. Also helpers to read the compiled lesson list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface LessonMeta {
  slug: string;
  title: string;
  order: number;
  headings: { depth: number; id: string; text: string }[];
  termIds: string[];
}
export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
}

const generated = resolve(import.meta.dirname, '../../../renderer/src/data/generated');
export const lessons: LessonMeta[] = JSON.parse(readFileSync(resolve(generated, 'lessons.json'), 'utf8'));
export const glossary: GlossaryEntry[] = JSON.parse(readFileSync(resolve(generated, 'glossary.json'), 'utf8'));

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Console errors matching these patterns are expected by the test (e.g. a CSP probe). */
  allowConsole: RegExp[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: Watch = { consoleErrors: [], foreignRequests: [], allowConsole: [] };
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      await use(watch);
      const unexpected = watch.consoleErrors.filter((text) => !watch.allowConsole.some((re) => re.test(text)));
      expect(unexpected, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to hosts other than the local server').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the atlas at a hash route and waits until the shell is interactive. */
export async function openAtlas(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`index.html${hash}`);
  // A lesson's pre-rendered HTML shows before the app runs; wait for the app itself.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
}

/** Opens a lesson from the sidebar like a reader would, and waits for its body. */
export async function openLessonFromSidebar(page: Page, lesson: LessonMeta): Promise<void> {
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: new RegExp(escapeRegExp(lesson.title)) }).click();
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  await expect(page.locator('.lesson-body .loading')).toHaveCount(0);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
