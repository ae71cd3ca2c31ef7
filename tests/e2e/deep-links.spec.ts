// Links to an exact view, as a lecturer or a resident uses them: a link opens the lesson with every figure in
// the state it names (inputs, time, paused), a view made by clicking copies to a link that reproduces the same
// drawing, a bad link is refused with a message and changes nothing, a malformed address shows the not-found
// page, and Back returns to a figure's state and the reader's place.
import type { Locator, Page } from '@playwright/test';
import { test, expect, lessons, openAtlas } from './support/atlas';

const slugOf = (order: number) => lessons.find((l) => l.order === order)!.slug;

/** The text description the figure generates from its state. */
function description(page: Page, figureId: string): Locator {
  return page.locator(`#${figureId} .ff-description p`);
}

// Every test opens its own page: they run on both workers (the file is one of the two longest).
test.describe.configure({ mode: 'parallel' });

async function figureReady(page: Page, figureId: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator(`#${figureId}`)).toBeVisible();
  await expect(page.locator('.figure-loading')).toHaveCount(0);
  await expect(page.locator('[data-previous="replaying"]')).toHaveCount(0);
}

test.describe('a link opens each lesson’s main figure in the state it names', () => {
  const cases: { lesson: number; figure: string; fields: string; expected: RegExp }[] = [
    { lesson: 1, figure: 'fig-bite-structure', fields: 'part:bite-linker,t:0.25', expected: /linker/i },
    { lesson: 2, figure: 'fig-synapse', fields: 'dose:start,t:3', expected: /Stage 4 of 7/ },
    { lesson: 3, figure: 'fig-serial-lysis', fields: 'et:1-10,treg:12,t:0.375', expected: /^After 9 h 00 min .*E:T 1:10, Treg 12 %/ },
    { lesson: 4, figure: 'fig-cytokine', fields: 'burden:low,show:flat-15+flat-60,t:7', expected: /^Low burden \(MRD\), day 7, 00:00\. Flat 15 .*Flat 60/ },
    { lesson: 5, figure: 'fig-pkpd-explorer', fields: 'regimen:no-step,marrow:80,range:cycle-1,t:7', expected: /^Day 7, 00:00 on no-step .*marrow blasts 80 %/ },
  ];
  for (const c of cases) {
    test(`lesson ${c.lesson}: ${c.figure} ${c.fields}`, async ({ page }) => {
      await openAtlas(page, `#/lesson/${slugOf(c.lesson)}?v=1&fig.${c.figure.replace(/^fig-/, '')}=${c.fields}`);
      await figureReady(page, c.figure);
      await expect(description(page, c.figure)).toHaveText(c.expected);
      // paused, exactly where the link says
      await expect(page.locator(`#${c.figure}`).getByRole('button', { name: 'Play' })).toBeVisible();
    });
  }

  test('lesson 6: the trials table sorted as the link says', async ({ page }) => {
    await openAtlas(page, `#/lesson/${slugOf(6)}?v=1&fig.trials=sort:patients,dir:descending`);
    await figureReady(page, 'fig-trials');
    await expect(page.locator('#fig-trials [role="status"]')).toHaveText('Sorted by number of patients, descending.');
  });

  test('lesson 7: the therapy comparison on the question the link names', async ({ page }) => {
    await openAtlas(page, `#/lesson/${slugOf(7)}?v=1&fig.therapy-comparison=compare:remission`);
    await figureReady(page, 'fig-therapy-comparison');
    await expect(page.locator('#fig-therapy-comparison').getByRole('radio', { checked: true })).toHaveAccessibleName(/remission/i);
  });

  test('a link that only names a section keeps the figures the reader set on that page', async ({ page }) => {
    await openAtlas(page, `#/lesson/${slugOf(4)}?v=1&fig.cytokine=burden:low`);
    await figureReady(page, 'fig-cytokine');
    const heading = lessons.find((l) => l.order === 4)!.headings.find((h) => h.depth === 2)!;
    await page.locator('.toc').getByRole('link', { name: heading.text }).click();
    await expect(page).toHaveURL(new RegExp(`#/lesson/${slugOf(4)}/${heading.id}\\?v=1&fig\\.cytokine=burden:low`));
    await expect(description(page, 'fig-cytokine')).toHaveText(/^Low burden/);
  });
});

// ── The view a reader makes by clicking, copied as a link, reproduces the same drawing ────────────────────

type Action = (fig: Locator) => Promise<void>;

/** Seeded choices of what a reader clicks in each figure (all leave the figure paused). */
const READER_ACTIONS: Record<string, { lesson: number; actions: Action[] }> = {
  'fig-cytokine': {
    lesson: 4,
    actions: [
      (f) => f.getByRole('radio', { name: /^Low/ }).check(),
      (f) => f.getByRole('radio', { name: /^High/ }).check(),
      (f) => f.getByRole('checkbox', { name: /Flat 60/ }).click(),
      (f) => f.getByRole('checkbox', { name: /Stepped/ }).click(),
      (f) => f.getByRole('button', { name: 'Next landmark' }).click(),
      (f) => f.getByRole('button', { name: 'Step forward' }).click(),
    ],
  },
  'fig-synapse': {
    lesson: 2,
    actions: [
      (f) => f.getByRole('radio', { name: /9 µg\/day/ }).check(),
      (f) => f.getByRole('radio', { name: /28 µg\/day/ }).check(),
      (f) => f.getByRole('button', { name: 'Next landmark' }).click(),
      (f) => f.getByRole('button', { name: 'Step forward' }).click(),
      (f) => f.locator('.syn-stages button').nth(4).click(),
    ],
  },
  'fig-pkpd-explorer': {
    lesson: 5,
    actions: [
      async (f) => {
        await f.getByRole('combobox', { name: /Regimen/ }).selectOption('flat-15');
      },
      (f) => f.getByRole('button', { name: 'MRD-positive' }).click(),
      (f) => f.getByRole('radio', { name: 'Cycle 1' }).check(),
      (f) => f.getByRole('radio', { name: 'Log' }).check(),
      (f) => f.getByRole('button', { name: 'Next landmark' }).click(),
      (f) => f.getByRole('spinbutton', { name: /Treg.*typed/ }).fill('12'),
    ],
  },
  'fig-serial-lysis': {
    lesson: 3,
    actions: [
      async (f) => {
        await f.getByRole('combobox', { name: 'E:T ratio' }).selectOption('1-2');
      },
      (f) => f.getByRole('button', { name: 'Next landmark' }).click(),
      (f) => f.getByRole('button', { name: 'New random run' }).click(),
      (f) => f.getByRole('button', { name: 'Step forward' }).click(),
      (f) => f.getByRole('checkbox', { name: 'Highlight one T cell' }).click(),
    ],
  },
  'fig-bite-structure': {
    lesson: 1,
    actions: [
      (f) => f.locator('[data-part="cd19-vl"]').click(),
      (f) => f.locator('[data-part="igg-fab"]').focus(),
      (f) => f.locator('[data-part="central-linker"]').focus(),
      (f) => f.getByRole('button', { name: 'Next landmark' }).click(),
      (f) => f.getByRole('button', { name: 'Step forward' }).click(),
    ],
  },
};

/** A fingerprint of what the figure draws: its SVG markup (without React's per-page ids) and canvas pixels. */
async function drawingHash(page: Page, figureId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const root = document.getElementById(id)!;
    // React's useId values (e.g. "_r_1f_") differ between pages that rendered other things first.
    const svg = [...root.querySelectorAll('svg')].map((s) => s.outerHTML.replace(/_r_[0-9a-z]+_|«[^»]*»|:r[0-9a-z]+:/g, 'ID'));
    const canvases = [...root.querySelectorAll('canvas')].map((c) => c.toDataURL());
    const text = new TextEncoder().encode(svg.join('\n') + canvases.join('\n'));
    const digest = await crypto.subtle.digest('SHA-256', text);
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, figureId);
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const [figureId, { lesson, actions }] of Object.entries(READER_ACTIONS)) {
  test(`${figureId}: five views made by clicking, opened from their copied links, draw the same`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const rng = mulberry32(figureId.length * 7919);
    const other = await context.newPage();
    for (let run = 0; run < 5; run++) {
      // The reader's page in front: headless Chromium gives a page behind another about one frame a second, and
      // every click waits for frames (to see the target stand still): 1.3 s a click instead of 40 ms.
      await page.bringToFront();
      await openAtlas(page, `#/lesson/${slugOf(lesson)}`);
      await figureReady(page, figureId);
      const fig = page.locator(`#${figureId}`);
      const steps = 1 + Math.floor(rng() * 4);
      for (let i = 0; i < steps; i++) await actions[Math.floor(rng() * actions.length)]!(fig);
      await figureReady(page, figureId);
      await fig.getByRole('button', { name: /Copy link to this view/ }).click();
      const link = await fig.getByRole('textbox', { name: 'Link to this view' }).inputValue();
      expect(link).toMatch(/#\/lesson\/[a-z0-9-]+\?v=1&fig\./);
      await other.bringToFront();
      await other.goto('about:blank');
      await other.goto(link);
      await figureReady(other, figureId);
      await expect(description(other, figureId)).toHaveText((await description(page, figureId).textContent())!);
      expect(await drawingHash(other, figureId), `run ${run}: ${link}`).toBe(await drawingHash(page, figureId));
    }
    await other.close();
  });
}

// ── Bad links ────────────────────────────────────────────────────────────────────────────────────────

test.describe('a bad link shows a message naming what is wrong and changes nothing', () => {
  const lesson4 = `#/lesson/${slugOf(4)}`;
  const bad: [string, string, RegExp][] = [
    ['truncated', `${lesson4}?v=1&fig.cytok`, /no figure “cytok”/],
    ['a newer version', `${lesson4}?v=9&fig.cytokine=burden:low`, /state version 9; this atlas reads version 1/],
    ['no version', `${lesson4}?fig.cytokine=burden:low`, /no state version/],
    ['an unknown lesson', `#/lesson/no-such-lesson?v=1&fig.cytokine=burden:low`, /no lesson “no-such-lesson”/],
    ['an out-of-range time', `${lesson4}?v=1&fig.cytokine=t:999`, /time \(“t”\) must be between 0 and 10, not 999/],
    ['an unknown value', `${lesson4}?v=1&fig.cytokine=burden:medium`, /must be one of low, high, not “medium”/],
    ['script in a value', `${lesson4}?v=1&fig.cytokine=burden:<img src=x onerror=alert(1)>`, /characters a link never contains/],
    ['script in a field name', `${lesson4}?v=1&fig.cytokine=<script>alert(1)</script>:1`, /is not a setting of this figure/],
    ['script in a figure name', `${lesson4}?v=1&fig.<svg onload=alert(1)>=t:1`, /is not a setting a link can carry/],
    ['script in the version', `${lesson4}?v=<script>alert(1)</script>`, /is not a setting a link can carry|is not a number/],
    ['a setting twice', `${lesson4}?v=1&fig.cytokine=t:1,t:2`, /“t” appears twice/],
  ];
  for (const [what, hash, message] of bad) {
    test(what, async ({ page }) => {
      page.on('dialog', () => {
        throw new Error('a link opened a dialog');
      });
      await openAtlas(page, `#/lesson/${slugOf(5)}?v=1&fig.pkpd-explorer=regimen:mrd,t:3`);
      await figureReady(page, 'fig-pkpd-explorer');
      const before = { url: page.url(), text: await description(page, 'fig-pkpd-explorer').textContent() };
      await page.evaluate((h) => {
        window.location.hash = h;
      }, hash);
      await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'This link could not be opened' })).toContainText(message);
      await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'This link could not be opened' })).toContainText('Nothing was changed');
      await expect(page).toHaveURL(before.url);
      await expect(description(page, 'fig-pkpd-explorer')).toHaveText(before.text!);
      expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src])').length)).toBe(0);
    });
  }

  test('a bad link arriving while the reader is far down the lesson is shown in sight, and the reader keeps their place', async ({ page }) => {
    await openAtlas(page, `${lesson4}?v=1&fig.cytokine=burden:low,t:2`);
    await figureReady(page, 'fig-cytokine');
    await page.locator('#fig-cytokine').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 400));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    const figureTop = async () => (await page.locator('#fig-cytokine').boundingBox())!.y;
    const before = await figureTop();
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `${lesson4}?v=1&fig.cytokine=burden:huge`);
    const notice = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'This link could not be opened' });
    await expect(notice).toContainText('“burden” must be one of low, high, not “huge”');
    await expect(notice).toBeInViewport({ ratio: 1 });
    // below the sticky header, not under it
    const [header, box] = await Promise.all([page.locator('.app-header').boundingBox(), notice.boundingBox()]);
    expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    // the notice takes room at the top of the page and scroll anchoring keeps what the reader was looking at in place
    expect(Math.abs((await figureTop()) - before)).toBeLessThanOrEqual(1);
    await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('opening the atlas at a bad link opens its lesson without the link’s settings, and says why', async ({ page }) => {
    await openAtlas(page, `${lesson4}?v=1&fig.cytokine=burden:medium`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons.find((l) => l.order === 4)!.title);
    await expect(page.getByText(/This link could not be opened: .*burden.*The atlas opened without its settings/)).toBeVisible();
    await figureReady(page, 'fig-cytokine');
    await expect(description(page, 'fig-cytokine')).toHaveText(/^High burden/);
  });
});

test.describe('a malformed address shows the not-found page with a way back', () => {
  for (const hash of ['#/lesson/%E0%A4%A', '#/%']) {
    test(hash, async ({ page }) => {
      await openAtlas(page, hash);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nothing here');
      await page.getByRole('main').getByRole('link', { name: 'Back to the contents' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Blinatumomab, step by step' })).toBeVisible();
    });
  }
});

test('Back returns to the figure’s state and to where the reader was on the page', async ({ page }) => {
  await openAtlas(page, `#/lesson/${slugOf(4)}`);
  await figureReady(page, 'fig-cytokine');
  const fig = page.locator('#fig-cytokine');
  await fig.getByRole('radio', { name: /^Low/ }).check();
  await fig.getByRole('button', { name: 'Next landmark' }).click();
  await expect(description(page, 'fig-cytokine')).toHaveText(/^Low burden \(MRD\), day 1, 00:00/);
  // on the radio button, "]" belongs to the radio group: the reader stays
  await fig.getByRole('radio', { name: /^Low/ }).focus();
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons.find((l) => l.order === 4)!.title);
  const scrollY = await fig.evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY - 40));
  await page.evaluate((y) => window.scrollTo({ top: y }), scrollY);
  expect(scrollY).toBeGreaterThan(300);
  // the address and the scroll position are written after a short pause
  await expect(page).toHaveURL(/fig\.cytokine=burden:low,t:1/);
  await expect.poll(() => page.evaluate(() => (history.state as { scrollY?: number } | null)?.scrollY)).toBe(scrollY);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons.find((l) => l.order === 5)!.title);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons.find((l) => l.order === 4)!.title);
  await figureReady(page, 'fig-cytokine');
  await expect(description(page, 'fig-cytokine')).toHaveText(/^Low burden \(MRD\), day 1, 00:00/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY - 40);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrollY + 40);
});
