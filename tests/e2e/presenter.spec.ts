// The presenter view in the web edition: S in the audience tab opens the presenter view as a second tab of the same
// browser (linked by a BroadcastChannel); the presenter view shows the step's speaker notes, what comes next and the
// time; its copy of the stage is laid out at the audience's stage size; and after each of 50 seeded random presenter
// actions (clicker keys, blackout, go to, a scripted step, a figure control, the pen) the audience tab is in the same
// serialized state and shows the same figure pixels (hash of each drawing's screenshot) and strokes. Closing the
// presenter leaves the audience working.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from './support/atlas';

const LESSON = 'cns-toxicity-and-crs';

async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('.presentation')).toBeVisible();
  await expect(page.locator('.present-stage .loading')).toHaveCount(0);
}

/**
 * Screenshots of every drawing on the stage (figures' charts and canvases, with the strokes over them), each clipped
 * from the window: both stages sit at the window's top left corner, so the clips are the same on both screens.
 */
async function drawings(page: Page): Promise<Buffer[]> {
  const boxes = await page.locator('.present-stage .present-step[data-current] .present-figures [role="img"]').evaluateAll((all) =>
    all
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: Math.floor(r.x), y: Math.floor(r.y), width: Math.ceil(r.right) - Math.floor(r.x), height: Math.ceil(r.bottom) - Math.floor(r.y) })),
  );
  const shots: Buffer[] = [];
  for (const clip of boxes) shots.push(await page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css' }));
  return shots;
}

const sha = (shots: Buffer[]) => shots.reduce((hash, shot) => hash.update(shot), createHash('sha256')).digest('hex').slice(0, 16);

/**
 * Where two sets of screenshots differ beyond rasterization, described ('' if nowhere), and the largest difference of
 * any channel of any pixel (0 when byte-identical; 1/255 is rounding in the anti-aliasing of one glyph or edge). Chromium re-rasterizes the
 * part of a chart under a pen stroke or a moving cursor, and its anti-aliasing there may differ by a few levels on a
 * few pixels; a different state (a curve, a cursor, a label elsewhere) changes hundreds of pixels by much more. So:
 * at most 0.1 % of the pixels may differ by more than 4/255 in a channel, and none by more than 64/255.
 * Decoded in a blank page of the browser.
 */
async function pixelDifference(blank: Page, a: Buffer[], b: Buffer[]): Promise<{ beyond: string; most: number }> {
  if (a.length !== b.length) return { beyond: `${a.length} drawings against ${b.length}`, most: 255 };
  return blank.evaluate(async (pairs) => {
    let largest = 0;
    const decode = async (base64: string) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
    };
    for (const [k, [x, y]] of pairs.entries()) {
      const [p, q] = [await decode(x!), await decode(y!)];
      if (p.width !== q.width || p.height !== q.height) return { beyond: `drawing ${k + 1}: ${p.width}×${p.height} against ${q.width}×${q.height}`, most: 255 };
      let off = 0;
      let most = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const d = Math.max(Math.abs(p.data[i]! - q.data[i]!), Math.abs(p.data[i + 1]! - q.data[i + 1]!), Math.abs(p.data[i + 2]! - q.data[i + 2]!));
        if (d > 4) off += 1;
        most = Math.max(most, d);
      }
      if (off > (p.width * p.height) / 1000 || most > 64) return { beyond: `drawing ${k + 1}: ${off} of ${p.width * p.height} pixels differ, by up to ${most}/255`, most };
      largest = Math.max(largest, most);
    }
    return { beyond: '', most: largest };
  }, a.map((shot, k) => [shot.toString('base64'), b[k]!.toString('base64')]));
}

/** What must be the same on both screens: the address (the whole state), the step, blackout, the figure's drawing and description, the strokes. */
async function shown(page: Page) {
  const state = await page.evaluate(() => {
    const root = document.querySelector('.presentation') as HTMLElement;
    const stage = document.querySelector('.present-stage')!;
    // The current step (the steps either side of it are kept drawn, hidden).
    const current = stage.querySelector('.present-step[data-current]');
    const figure = current?.querySelector('figure svg');
    const ink = stage.querySelector('svg.ink-layer');
    return {
      hash: location.hash,
      step: root.dataset.step,
      blackout: root.dataset.blackout,
      description: (current?.querySelector('[aria-live="polite"]') as HTMLElement | null)?.innerText ?? '',
      drawing: figure ? figure.querySelectorAll('path, circle, rect, line').length : 0,
      strokes: ink?.getAttribute('data-strokes') ?? '0',
      tool: ink?.getAttribute('data-tool') ?? 'none',
      zooms: Array.from(current?.querySelectorAll<HTMLElement>('.present-text, .present-figures') ?? [], (c) => c.dataset.zoom).join(),
    };
  });
  return state;
}

test('S opens the presenter view; the audience mirrors 50 seeded random presenter actions exactly, pixel for pixel; closing the presenter leaves the audience working', async ({ page, context, browser }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`index.html#/present/${LESSON}/2`);
  await ready(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  // A presenter screen with room for the whole audience stage beside the notes: its copy is drawn pixel for pixel.
  await presenter.setViewportSize({ width: 1900, height: 840 });
  await ready(presenter);
  const stageSize = (p: Page) => p.locator('.present-stage').evaluate((el) => `${getComputedStyle(el).width}×${getComputedStyle(el).height} ${getComputedStyle(el).transform}`);
  await expect.poll(() => stageSize(presenter)).toBe(await stageSize(page));
  expect(new URL(presenter.url()).search).toBe('?view=presenter');
  const panel = presenter.getByRole('complementary', { name: 'Presenter view' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Audience screen connected')).toBeVisible();
  await expect(panel.getByRole('timer', { name: 'Elapsed' })).toHaveText(/^\d\d:\d\d$/);
  await expect(panel.getByRole('heading', { name: 'Notes, step 2' })).toBeVisible();
  await expect(panel.locator('p').filter({ hasText: /\S/ }).nth(3)).not.toHaveText('No notes for this step.');
  await expect(page.getByRole('complementary', { name: 'Presenter view' })).toHaveCount(0);

  // A seeded sequence of what a lecturer does in the presenter view.
  let seed = 20261202;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const goTo = async (step: number) => {
    await presenter.keyboard.press('g');
    await expect(presenter.getByRole('dialog', { name: 'Go to step' })).toBeVisible();
    await presenter.getByLabel(/^Step number/).fill(String(step));
    await presenter.keyboard.press('Enter');
  };
  // The figure actions go to the figure's step first (step 3: the activation-burst figure, scripted).
  const atFigure = async () => {
    if ((await presenter.locator('.presentation').getAttribute('data-step')) !== '3' || (await presenter.locator('.presentation').getAttribute('data-blackout')) === 'true') await goTo(3);
    await expect(presenter.locator('.present-stage .tc-play')).toBeVisible();
  };
  const figureControl = async () => {
    await atFigure();
    const controls = presenter.locator('.present-stage input[type="radio"], .present-stage input[type="checkbox"]');
    await controls.nth(Math.floor(random() * (await controls.count()))).click();
  };
  const playAWhile = async () => {
    await atFigure();
    const play = presenter.locator('.present-stage .tc-play');
    if ((await play.getAttribute('data-playing')) !== 'true') await play.click();
    await presenter.waitForTimeout(150 + Math.floor(random() * 500));
    await play.click();
  };
  // Half the actions work the figure (the other steps of this lesson are text).
  const actions: [string, () => Promise<void>][] = [
    ['next', () => presenter.keyboard.press('ArrowRight')],
    ['next', () => presenter.keyboard.press('PageDown')],
    ['previous', () => presenter.keyboard.press('ArrowLeft')],
    ['blackout', () => presenter.keyboard.press('b')],
    ['scripted step 3', () => goTo(3)],
    ['figure control', figureControl],
    ['figure control', figureControl],
    ['figure control', figureControl],
    ['figure played a while, then paused', playAWhile],
    ['figure played a while, then paused', playAWhile],
    ['pen stroke', async () => {
      await presenter.keyboard.press('d');
      const box = (await presenter.locator('.present-stage').boundingBox())!;
      const [x, y] = [0.1 + random() * 0.6, 0.2 + random() * 0.5];
      await presenter.mouse.move(box.x + box.width * x, box.y + box.height * y);
      await presenter.mouse.down();
      await presenter.mouse.move(box.x + box.width * (x + 0.2), box.y + box.height * (y + 0.1), { steps: 5 });
      await presenter.mouse.up();
      await presenter.keyboard.press('d');
    }],
  ];
  const panelBox = (await panel.boundingBox())!;
  // Screenshots are decoded in a page of a context of their own (not a tab beside the two screens).
  const scratch = await browser.newContext();
  const blank = await scratch.newPage();
  let pixelChecks = 0;
  let nearlyIdentical = 0;
  const started = Date.now();
  for (let k = 0; k < 50; k += 1) {
    const [name, act] = actions[Math.floor(random() * actions.length)]!;
    // Keys go to the stage (a figure control clicked before would take the arrow keys, as it should).
    await presenter.locator('.present-stage').focus();
    await act();
    // The pointer rests on the notes, so that nothing on the stage is hovered in the presenter view only.
    await presenter.mouse.move(panelBox.x + panelBox.width / 2, panelBox.y + panelBox.height - 10);
    // After each action both screens settle in the same state (compared together, until they agree).
    // Pixels are compared once the states agree and nothing plays (a playing figure's frames are each window's own).
    const both = async () => {
      const [audience, mine] = [await shown(page), await shown(presenter)];
      if (JSON.stringify(audience) !== JSON.stringify(mine)) return `audience ${JSON.stringify(audience)}\npresenter ${JSON.stringify(mine)}`;
      if (audience.hash.includes('play:1') || audience.blackout === 'true') return 'same';
      const [shotsA, shotsP] = [await drawings(page), await drawings(presenter)];
      if (shotsA.length) pixelChecks += 1;
      if (sha(shotsA) === sha(shotsP)) return 'same';
      const difference = await pixelDifference(blank, shotsA, shotsP);
      if (difference.beyond) return `figure pixels: ${difference.beyond}`;
      // Off by one level at most (rounding in the anti-aliasing of a glyph or an edge) counts as the same picture.
      if (difference.most > 1) nearlyIdentical += 1;
      return 'same';
    };
    await expect.poll(both, { message: `after action ${k + 1} (${name})`, timeout: 10_000 }).toBe('same');
  }

  test.info().annotations.push({ type: 'mirroring', description: `50 actions in ${Date.now() - started} ms; ${pixelChecks} figure pixel checks, ${nearlyIdentical} within rasterization noise (beyond 1/255)` });
  console.log(test.info().annotations.at(-1)!.description);
  // The figure's pixels were compared after many actions; most were the same byte for byte (or off by one level on a
  // few anti-aliased pixels).
  expect(pixelChecks).toBeGreaterThanOrEqual(20);
  expect(nearlyIdentical).toBeLessThanOrEqual(pixelChecks / 2);
  await scratch.close();

  // The presenter closes: the audience keeps working on its own.
  await presenter.close();
  const before = Number(await page.locator('.presentation').getAttribute('data-step'));
  await page.keyboard.press(before < 10 ? 'ArrowRight' : 'ArrowLeft');
  await expect(page.locator('.presentation')).not.toHaveAttribute('data-step', String(before));
});
