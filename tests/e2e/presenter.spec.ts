// The presenter view in the web edition: S in the audience tab opens the presenter view as a second tab of the same
// browser (linked by a BroadcastChannel); the presenter view shows the step's speaker notes, what comes next and the
// time; and after each of 30 seeded random presenter actions (clicker keys, blackout, go to, a scripted step, a figure
// control, the pen) the audience tab is in the same serialized state and draws the same figure and strokes. Closing
// the presenter leaves the audience working.
import type { Page } from '@playwright/test';
import { test, expect } from './support/atlas';

const LESSON = 'cns-toxicity-and-crs';

async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('.presentation')).toBeVisible();
  await expect(page.locator('.present-stage .loading')).toHaveCount(0);
}

/** What must be the same on both screens: the address (the whole state), the step, blackout, the figure's drawing and description, the strokes. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('.presentation') as HTMLElement;
    const stage = document.querySelector('.present-stage')!;
    const figure = stage.querySelector('figure svg');
    const ink = stage.querySelector('svg.ink-layer');
    return {
      hash: location.hash,
      step: root.dataset.step,
      blackout: root.dataset.blackout,
      description: (stage.querySelector('[aria-live="polite"]') as HTMLElement | null)?.innerText ?? '',
      drawing: figure ? figure.querySelectorAll('path, circle, rect, line').length : 0,
      strokes: ink?.getAttribute('data-strokes') ?? '0',
      tool: ink?.getAttribute('data-tool') ?? 'none',
    };
  });
}

test('S opens the presenter view; the audience mirrors 30 seeded random presenter actions exactly; closing the presenter leaves the audience working', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(`index.html#/present/${LESSON}/2`);
  await ready(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await ready(presenter);
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
  const actions: [string, () => Promise<void>][] = [
    ['next', () => presenter.keyboard.press('ArrowRight')],
    ['next', () => presenter.keyboard.press('PageDown')],
    ['previous', () => presenter.keyboard.press('ArrowLeft')],
    ['blackout', () => presenter.keyboard.press('b')],
    ['scripted step 3', async () => {
      await presenter.keyboard.press('g');
      await presenter.getByLabel(/^Step number/).fill('3');
      await presenter.keyboard.press('Enter');
    }],
    ['figure control', async () => {
      const radio = presenter.locator('.present-stage input[type="radio"], .present-stage input[type="checkbox"]').first();
      if (await radio.count()) await radio.click();
      else await presenter.keyboard.press('End');
    }],
    ['pen stroke', async () => {
      await presenter.keyboard.press('d');
      const box = (await presenter.locator('.present-stage').boundingBox())!;
      await presenter.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
      await presenter.mouse.down();
      await presenter.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
      await presenter.mouse.up();
      await presenter.keyboard.press('d');
    }],
  ];
  for (let k = 0; k < 30; k += 1) {
    const [name, act] = actions[Math.floor(random() * actions.length)]!;
    await act();
    // After each action both screens settle in the same state (compared together, until they agree).
    const both = async () => {
      const [audience, mine] = [await shown(page), await shown(presenter)];
      return JSON.stringify(audience) === JSON.stringify(mine) ? 'same' : `audience ${JSON.stringify(audience)}\npresenter ${JSON.stringify(mine)}`;
    };
    await expect.poll(both, { message: `after action ${k + 1} (${name})`, timeout: 8000 }).toBe('same');
  }

  // The presenter closes: the audience keeps working on its own.
  await presenter.close();
  const before = Number(await page.locator('.presentation').getAttribute('data-step'));
  await page.keyboard.press(before < 10 ? 'ArrowRight' : 'ArrowLeft');
  await expect(page.locator('.presentation')).not.toHaveAttribute('data-step', String(before));
});
