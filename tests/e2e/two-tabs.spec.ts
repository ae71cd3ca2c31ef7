// Two tabs of the web edition in one browser profile (one Chromium context: shared IndexedDB, localStorage, Web
// Locks) never undo each other: every stored read-modify-write holds the record's Web Lock, changes made in both
// tabs at the same time all land, a settings change is announced to the other tab, and reading progress from a tab
// that is closed is there for the other one.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, lessons, openAtlas } from './support/atlas';

/** Records the names of the Web Locks the page asks for (the atlas's own code calls navigator.locks.request). */
async function recordLocks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const names: string[] = [];
    (window as unknown as { __atlasLocks: string[] }).__atlasLocks = names;
    const request = LockManager.prototype.request as (this: LockManager, name: string, ...rest: unknown[]) => Promise<unknown>;
    LockManager.prototype.request = function (this: LockManager, name: string, ...rest: unknown[]) {
      names.push(name);
      return request.call(this, name, ...rest);
    } as LockManager['request'];
  });
}
const locksOf = (page: Page) => page.evaluate(() => (window as unknown as { __atlasLocks: string[] }).__atlasLocks);

/** A second tab, watched for errors like the first. */
async function secondTab(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return page;
}

const fontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('settings changed in two tabs at the same time all land, each write under the Web Lock', async ({ page, context }) => {
  await recordLocks(context);
  const errors: string[] = [];
  const other = await secondTab(context, errors);
  await openAtlas(page, '#/settings');
  await openAtlas(other, '#/settings');

  // Tab one steps through text sizes while tab two steps through themes, interleaved.
  const sizes = ['113%', '125%', '150%', '88%', '125%'];
  const themes = ['Light', 'Dark', 'Projector', 'Light', 'Dark'];
  for (let round = 0; round < sizes.length; round += 1) {
    await Promise.all([page.getByRole('radio', { name: sizes[round] }).check(), other.getByRole('radio', { name: themes[round] }).check()]);
  }
  await expect.poll(() => locksOf(page)).toContain('atlas:bite-atlas:settings');
  await expect.poll(() => locksOf(other)).toContain('atlas:bite-atlas:settings');

  // Whatever the order in which the writes reached the store, neither tab undid the other's last choice.
  for (const tab of [page, other]) {
    await tab.reload();
    await expect(tab.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(tab.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(tab.getByRole('radio', { name: '125%' })).toBeChecked();
    await expect.poll(() => fontSize(tab)).toBeCloseTo(20, 0);
  }
  expect(errors).toEqual([]);
});

test('a settings change is announced to the other tab', async ({ page, context }) => {
  const errors: string[] = [];
  const other = await secondTab(context, errors);
  await openAtlas(page, '#/settings');
  await openAtlas(other);
  // The other tab listens on the atlas's settings channel, as its platform layer does.
  await other.evaluate(() => {
    const heard: unknown[] = [];
    (window as unknown as { __heard: unknown[] }).__heard = heard;
    new BroadcastChannel('atlas:bite-atlas:settings').onmessage = (event) => heard.push(event.data);
  });
  await page.getByRole('radio', { name: 'Projector' }).check();
  await expect
    .poll(() => other.evaluate(() => (window as unknown as { __heard: { theme: string }[] }).__heard.map((settings) => settings.theme)))
    .toEqual(['projector']);
  expect(errors).toEqual([]);
});

test('reading progress from a tab that is closed is there for the other tab', async ({ page, context }) => {
  await recordLocks(context);
  const errors: string[] = [];
  const reader = await secondTab(context, errors);
  const [first, second] = lessons;
  await openAtlas(page, `#/lesson/${second.slug}`);
  await openAtlas(reader, `#/lesson/${first.slug}`);
  await reader.mouse.wheel(0, 200_000);
  // The reader's tab has recorded reading to the end (the sidebar says so) — then it is closed.
  await expect(reader.locator(`[data-lesson-link="${first.slug}"] .progress-mark`)).toHaveAttribute('data-completed', 'true');
  expect(await locksOf(reader)).toContain('atlas:bite-atlas:progress');
  await reader.close({ runBeforeUnload: true });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator(`[data-lesson-link="${first.slug}"] .progress-mark`)).toHaveAttribute('data-completed', 'true');
  expect(errors).toEqual([]);
});
