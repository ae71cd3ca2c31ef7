// `npm run screenshots`: captures every screen of the built atlas in the light, dark and projector themes
// (headless Chromium, 1360×900) into test-results/screenshots/, for people to look at — and the README image.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser, OFFLINE_BROWSER_FLAGS } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = join(root, 'test-results', 'screenshots');
mkdirSync(outDir, { recursive: true });
const lessons = JSON.parse(readFileSync(join(root, 'renderer/src/data/generated/lessons.json'), 'utf8')) as { slug: string }[];
const only = process.argv.slice(2);

const screens: { name: string; hash: string; fullPage?: boolean; after?: (page: import('@playwright/test').Page) => Promise<void> }[] = [
  { name: 'home', hash: '#/' },
  ...lessons.map((l) => ({ name: `lesson-${l.slug}`, hash: `#/lesson/${l.slug}`, fullPage: true })),
  { name: 'glossary', hash: '#/glossary/scfv' },
  { name: 'references', hash: '#/references' },
  {
    name: 'model',
    hash: '#/model',
    fullPage: true,
    after: async (page) => {
      // every target computed, the virtual cohort too, and the equations rendered
      await page.waitForSelector('.model-equations[data-ready="true"]');
      await page.getByRole('button', { name: /virtual-cohort targets/ }).click();
      await page.waitForSelector('tr[data-result="pending"], tr[data-result="not-run"]', { state: 'detached', timeout: 20_000 });
      await page.evaluate(() => window.scrollTo({ top: 0 }));
    },
  },
  {
    name: 'model-parameter',
    hash: '#/model/param-kBm',
    after: async (page) => {
      await page.waitForSelector('.model-equations[data-ready="true"]');
      await page.waitForTimeout(600);
    },
  },
  { name: 'settings', hash: '#/settings' },
  {
    name: 'search',
    hash: '#/',
    after: async (page) => {
      await page.getByRole('combobox', { name: /search/i }).fill('cd3');
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'term-tooltip',
    hash: `#/lesson/${lessons[0]!.slug}`,
    after: async (page) => {
      await page.locator('.lesson-body button.term').first().focus();
      await page.waitForTimeout(100);
    },
  },
  {
    name: 'model-value-tooltip',
    hash: '#/lesson/kinetics-and-dosing',
    after: async (page) => {
      await page.locator('.lesson-body button.model-value').first().focus();
      await page.locator('.lesson-body button.model-value').first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(100);
    },
  },
  {
    name: 'check-yourself-answered',
    hash: `#/lesson/${lessons[0]!.slug}`,
    after: async (page) => {
      const question = page.locator('section.check').first();
      await question.scrollIntoViewIfNeeded();
      await question.getByRole('radio').first().check();
      await question.getByRole('button', { name: /check/i }).click();
      if (await question.getByRole('button', { name: /show the answer/i }).count()) await question.getByRole('button', { name: /show the answer/i }).click();
      await question.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(100);
    },
  },
  { name: 'help', hash: '#/', after: async (page) => void (await page.keyboard.press('?')) },
];

const { server, url } = await serveStatic(join(root, 'out', 'renderer'));
const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: ['--no-sandbox', '--disable-gpu', ...OFFLINE_BROWSER_FLAGS] });
try {
  for (const theme of ['light', 'dark', 'projector']) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
    const page = await context.newPage();
    await page.goto(`${url}index.html#/settings`);
    await page.getByRole('radio', { name: new RegExp(`^${theme}`, 'i') }).check();
    for (const screen of screens) {
      if (only.length && !only.some((o) => screen.name.includes(o))) continue;
      await page.goto(`${url}index.html${screen.hash}`);
      await page.waitForSelector('html[data-app="ready"]');
      await page.waitForSelector('h1');
      await page.waitForTimeout(300);
      await screen.after?.(page);
      const file = join(outDir, `${screen.name}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: screen.fullPage ?? false });
      console.log(file);
      if (screen.fullPage) {
        // Also viewport-sized parts of long pages, readable at full size.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, part = 1; y < height; y += 880, part++) {
          await page.screenshot({ path: join(outDir, `${screen.name}-${theme}-part${part}.png`), fullPage: true, clip: { x: 0, y, width: 1360, height: Math.min(900, height - y) } });
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
