// Presentation mode as a lecturer uses it, by keyboard only: every lesson's steps with the clicker keys, each step
// fitting a 16:9 screen; blackout, overview, go-to and leaving; scripted steps reproducing their exact state (the
// serialized state and the figure's own description) and going back restoring it; links to a step; axe.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, lessons, openAtlas } from './support/atlas';
import { axeViolations } from './support/axe';

interface Step {
  title: string;
  anchor: string;
  figures: string[];
  script?: { figure: string; fields: Record<string, string> };
}
const generated = resolve(import.meta.dirname, '../../renderer/src/data/generated/lessons.json');
const stepsOf = new Map<string, Step[]>((JSON.parse(readFileSync(generated, 'utf8')) as { slug: string; steps: Step[] }[]).map((l) => [l.slug, l.steps]));

const presentation = (page: Page) => page.locator('.presentation');

async function openPresentation(page: Page, hash: string): Promise<void> {
  await page.goto(`index.html${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(presentation(page)).toBeVisible();
  await expect(page.locator('.present-stage .loading')).toHaveCount(0);
}

/** Waits for the step's figures, then checks that nothing on the stage runs below it (no scrolling needed). */
async function expectStepFits(page: Page, label: string): Promise<void> {
  await expect(page.locator('.present-stage .figure-loading')).toHaveCount(0);
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const stage = document.querySelector('.present-stage')!;
          const bottom = stage.getBoundingClientRect().bottom;
          const columns = [...document.querySelectorAll('.present-header, .present-objectives, .present-step[data-current] > *')];
          return Math.max(...columns.map((c) => c.getBoundingClientRect().bottom)) <= bottom + 1;
        }),
      { message: `${label} fits the stage`, timeout: 4000 },
    )
    .toBe(true);
}

const scriptedStep = (slug: string) => stepsOf.get(slug)!.findIndex((s) => s.script) + 1;

async function descriptionOf(page: Page, figureId: string): Promise<string> {
  return (await page.locator(`#${figureId} .ff-description p`).textContent()) ?? '';
}

test.describe('a lecturer steps through every lesson with the keys a clicker sends', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  for (const lesson of lessons) {
    test(`${lesson.title}: → / Space / PageDown forward, ← / PageUp back, Home / End, each step fitting 16:9`, async ({ page }) => {
      const steps = stepsOf.get(lesson.slug)!;
      expect(steps.length).toBeGreaterThan(1);
      await openPresentation(page, `#/present/${lesson.slug}/1`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
      const forward = ['ArrowRight', ' ', 'PageDown'];
      for (let n = 1; n <= steps.length; n++) {
        await expect(presentation(page)).toHaveAttribute('data-step', String(n));
        await expect(page.getByRole('status').filter({ hasText: `Step ${n} of ${steps.length}` })).toBeAttached();
        await expectStepFits(page, `${lesson.slug} step ${n}`);
        if (n < steps.length) await page.keyboard.press(forward[n % forward.length]!);
      }
      await page.keyboard.press('ArrowRight');
      await expect(presentation(page)).toHaveAttribute('data-step', String(steps.length));
      await page.keyboard.press('PageUp');
      await expect(presentation(page)).toHaveAttribute('data-step', String(steps.length - 1));
      await page.keyboard.press('ArrowLeft');
      await expect(presentation(page)).toHaveAttribute('data-step', String(Math.max(1, steps.length - 2)));
      await page.keyboard.press('Home');
      await expect(presentation(page)).toHaveAttribute('data-step', '1');
      await page.keyboard.press('End');
      await expect(presentation(page)).toHaveAttribute('data-step', String(steps.length));
      await expect(page).toHaveURL(new RegExp(`#/present/${lesson.slug}/${steps.length}(\\?|$)`));
    });
  }

  test('on a 1280×720 projector every step of the scripted lessons fits without scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const slug of ['cns-toxicity-and-crs', 'kinetics-and-dosing']) {
      await openPresentation(page, `#/present/${slug}/1`);
      for (let n = 1; n <= stepsOf.get(slug)!.length; n++) {
        await expect(presentation(page)).toHaveAttribute('data-step', String(n));
        await expectStepFits(page, `${slug} step ${n} at 1280×720`);
        await page.keyboard.press('ArrowRight');
      }
    }
  });
});

test.describe('blackout, overview, go-to, help and leaving', () => {
  const slug = 'cns-toxicity-and-crs';

  test('B blacks the screen out and back; → while black only brings the picture back', async ({ page }) => {
    await openPresentation(page, `#/present/${slug}/2`);
    await page.keyboard.press('b');
    await expect(presentation(page)).toHaveAttribute('data-blackout', 'true');
    await expect(page.locator('.present-blackout')).toBeVisible();
    await expect(page.locator('.present-stage')).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#/present/${slug}/2/black`));
    await expect(page.getByRole('status').filter({ hasText: 'Screen blacked out' })).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(presentation(page)).toHaveAttribute('data-blackout', 'false');
    await expect(presentation(page)).toHaveAttribute('data-step', '2');
    await page.keyboard.press('B');
    await page.keyboard.press('B');
    await expect(presentation(page)).toHaveAttribute('data-blackout', 'false');
    await expect(page.locator('.present-stage')).toBeVisible();
  });

  test('O shows every step; arrow keys move, Enter opens one, Esc closes', async ({ page }) => {
    const count = stepsOf.get(slug)!.length;
    await openPresentation(page, `#/present/${slug}/3`);
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: /All \d+ steps/ });
    await expect(overview).toBeVisible();
    await expect(overview.locator('.overview-card')).toHaveCount(count);
    await expect(overview.locator('.overview-card[aria-current="step"]')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(overview.locator('.overview-card[data-step="5"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await expect(presentation(page)).toHaveAttribute('data-step', '5');
    await page.keyboard.press('O');
    await expect(overview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    // Esc closed the overview, not the presentation.
    await expect(presentation(page)).toHaveAttribute('data-step', '5');
  });

  test('G asks for a step number: a bad one is refused with a message, a good one goes there', async ({ page }) => {
    const count = stepsOf.get(slug)!.length;
    await openPresentation(page, `#/present/${slug}/1`);
    await page.keyboard.press('g');
    const dialog = page.getByRole('dialog', { name: 'Go to step' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel(/Step number/)).toBeFocused();
    await page.keyboard.type(String(count + 5));
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(`Type a step number from 1 to ${count}.`);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(presentation(page)).toHaveAttribute('data-step', '7');
  });

  test('? lists the presentation keys; Esc leaves for the lesson at this section, in the reader’s own theme', async ({ page }) => {
    await openPresentation(page, `#/present/${slug}/1`);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('table', { name: 'While presenting' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await page.keyboard.press('End');
    const last = stepsOf.get(slug)!.at(-1)!;
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'CNS toxicity and cytokine release' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/lesson/${slug}/${last.anchor}$`));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('html')).not.toHaveAttribute('data-presenting', /.*/);
  });

  test('the Present button in the lesson header opens the first step', async ({ page }) => {
    await openAtlas(page, `#/lesson/${slug}`);
    await page.getByRole('link', { name: 'Present' }).click();
    await expect(presentation(page)).toHaveAttribute('data-step', '1');
    await expect(page.getByRole('heading', { level: 1, name: 'CNS toxicity and cytokine release' })).toBeVisible();
  });
});

test.describe('scripted steps reproduce their state exactly', () => {
  test('lesson 4: high burden, flat 15 µg/m²/day, paused at 24 h — whether reached by keys, by link or by going back', async ({ page }) => {
    const slug = 'cns-toxicity-and-crs';
    const n = scriptedStep(slug);
    const expectedHash = `#/present/${slug}/${n}?v=1&fig.cytokine=show:flat-15,t:1`;
    // The same state opened as a lesson link gives the reference description.
    await openAtlas(page, `#/lesson/${slug}/fig-cytokine?v=1&fig.cytokine=show:flat-15,t:1`);
    const reference = await descriptionOf(page, 'fig-cytokine');
    expect(reference).toContain('day 1');

    await openPresentation(page, `#/present/${slug}/1`);
    for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
    await expect(presentation(page)).toHaveAttribute('data-step', String(n));
    // Moving on into the step, the figure plays from the start with its own clock …
    await expect(page.locator('#fig-cytokine').getByRole('button', { name: 'Pause' })).toBeVisible();
    // … and stops in exactly the scripted state.
    await expect(page.locator('#fig-cytokine').getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${expectedHash.replace(/[.?+]/g, '\\$&')}$`));
    await expect(page.locator('#fig-cytokine')).toBeVisible();
    await expect.poll(() => descriptionOf(page, 'fig-cytokine')).toBe(reference);
    await expect(page.getByRole('radio', { name: /High/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Flat 15/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Stepped/ })).not.toBeChecked();

    // The lecturer changes the figure by keyboard (its own keys, not the presentation's), moves on and comes back.
    await page.getByRole('radio', { name: /High/ }).focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: /Low/ })).toBeChecked();
    await expect(presentation(page)).toHaveAttribute('data-step', String(n));
    await page.locator('.present-stage').focus();
    await page.keyboard.press('ArrowRight');
    await expect(presentation(page)).toHaveAttribute('data-step', String(n + 1));
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(new RegExp(`${expectedHash.replace(/[.?+]/g, '\\$&')}$`));
    await expect.poll(() => descriptionOf(page, 'fig-cytokine')).toBe(reference);

    // A plain link to the step (no state) gets the same scripted state.
    await openPresentation(page, `#/present/${slug}/${n}`);
    await expect(page).toHaveURL(new RegExp(`${expectedHash.replace(/[.?+]/g, '\\$&')}$`));
    await expect.poll(() => descriptionOf(page, 'fig-cytokine')).toBe(reference);
  });

  test('lesson 5: the label regimen in the cycle-1 view, paused one day after the dose step', async ({ page }) => {
    const slug = 'kinetics-and-dosing';
    const n = scriptedStep(slug);
    const state = 'fig.pkpd-explorer=range:cycle-1,t:8';
    await openAtlas(page, `#/lesson/${slug}/fig-pkpd-explorer?v=1&${state}`);
    const reference = await descriptionOf(page, 'fig-pkpd-explorer');
    await openPresentation(page, `#/present/${slug}/1`);
    await page.keyboard.press('g');
    await page.keyboard.type(String(n));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/present/${slug}/${n}\\?v=1&${state.replace(/[.?+]/g, '\\$&')}$`));
    await expect.poll(() => descriptionOf(page, 'fig-pkpd-explorer')).toBe(reference);
    await expect(page.locator('#fig-pkpd-explorer').getByText('day 8, 00:00').first()).toBeVisible();
  });
});

test.describe('figures and notes while presenting', () => {
  const slug = 'cns-toxicity-and-crs';

  test('Space on a figure’s focused Play button plays the figure and does not move on', async ({ page }) => {
    const n = scriptedStep(slug);
    await openPresentation(page, `#/present/${slug}/${n}`);
    const figure = page.locator('#fig-cytokine');
    await figure.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press(' ');
    await expect(figure.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(presentation(page)).toHaveAttribute('data-step', String(n));
  });

  test('under reduced motion a scripted step shows its state at once, without playing', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const n = scriptedStep(slug);
    await openPresentation(page, `#/present/${slug}/${n - 1}`);
    // Watch for the figure ever playing (its Play button turning into Pause).
    await page.evaluate(() => {
      const w = window as Window & { sawPlaying?: boolean };
      w.sawPlaying = false;
      new MutationObserver(() => {
        if (document.querySelector('#fig-cytokine [aria-label="Pause"]')) w.sawPlaying = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#fig-cytokine').getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/present/${slug}/${n}\\?v=1&fig\\.cytokine=show:flat-15,t:1$`));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as Window & { sawPlaying?: boolean }).sawPlaying)).toBe(false);
  });

  test('the next step is drawn ahead while this one shows, hidden from sight, screen readers and Tab; moving on reveals it', async ({ page }) => {
    const n = scriptedStep(slug);
    await openPresentation(page, `#/present/${slug}/${n - 1}`);
    const next = page.locator(`.present-step[data-step="${n}"]`);
    await expect(next.locator('#fig-cytokine svg').first()).toBeAttached();
    await expect(next).toBeHidden();
    // Built (its controls exist) but not exposed: a screen reader finds none of them.
    await expect(next.getByRole('button', { name: 'Play', includeHidden: true })).toHaveCount(1);
    await expect(next.getByRole('button', { name: 'Play' })).toHaveCount(0);
    for (let k = 0; k < 12; k += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.present-step')?.getAttribute('data-step') ?? null), 'focus stays out of hidden steps').not.toBe(String(n));
    }
    await page.locator('.present-stage').focus();
    await page.keyboard.press('ArrowRight');
    await expect(next).toBeVisible();
    await expect(page.locator(`.present-step[data-step="${n - 1}"]`)).toBeHidden();
    await expect(page.locator('.present-step:not([hidden])')).toHaveCount(1);
    await expect(next.getByRole('button', { name: 'Play' })).toHaveCount(1);
  });

  test('speaker notes never show in the lesson or on the audience’s screen', async ({ page }) => {
    const note = 'Ask the room first';
    await openPresentation(page, `#/present/${slug}/2`);
    await expect(page.locator('.present-stage')).toContainText('When the infusion starts');
    await expect(page.getByText(note)).toHaveCount(0);
    await openAtlas(page, `#/lesson/${slug}`);
    await expect(page.locator('.lesson-body')).toContainText('When the infusion starts');
    await expect(page.getByText(note)).toHaveCount(0);
  });
});

test.describe('a link to a step opens the presentation there', () => {
  test('a state link opens its step with the figure state it carries, not the script’s', async ({ page }) => {
    const slug = 'cns-toxicity-and-crs';
    const n = scriptedStep(slug);
    await openPresentation(page, `#/present/${slug}/${n}?v=1&fig.cytokine=burden:low,t:2.5`);
    await expect(presentation(page)).toHaveAttribute('data-step', String(n));
    await expect(page.getByRole('radio', { name: /Low/ })).toBeChecked();
    await expect(page.locator('#fig-cytokine').getByText('day 2, 12:00').first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/present/${slug}/${n}\\?v=1&fig\\.cytokine=burden:low,t:2\\.5$`));
    // "Copy link to this step" gives that address, and it opens the same step in the same state elsewhere.
    await page.getByRole('button', { name: 'Copy link to this step' }).click();
    const link = await page.getByLabel('Link to this view').inputValue();
    expect(link).toMatch(new RegExp(`#/present/${slug}/${n}\\?v=1&fig\\.cytokine=burden:low,t:2\\.5$`));
    const description = await descriptionOf(page, 'fig-cytokine');
    const other = await page.context().newPage();
    await other.goto(link);
    await expect(other.locator('.presentation')).toHaveAttribute('data-step', String(n));
    await expect.poll(() => descriptionOf(other, 'fig-cytokine')).toBe(description);
    await other.close();
  });

  test('presenting, a bad link’s message floats over the stage, not under it', async ({ page }) => {
    const slug = 'cns-toxicity-and-crs';
    const n = scriptedStep(slug);
    await openPresentation(page, `#/present/${slug}/${n}?v=1&fig.cytokine=show:flat-15,t:1`);
    await expect(page.locator('.present-step[data-current] #fig-cytokine')).toBeVisible();
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `#/present/${slug}/${n}?v=1&fig.cytokine=burden:huge`);
    const notice = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'This link could not be opened' });
    await expect(notice).toContainText('“burden” must be one of low, high, not “huge”');
    await expect(notice).toBeInViewport({ ratio: 1 });
    // the topmost element at the notice's centre is the notice itself
    // and the step did not change
    await expect(presentation(page)).toHaveAttribute('data-step', String(n));
    expect(await notice.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    })).toBe(true);
  });

  test('a step beyond the lesson opens its last step; an unknown lesson says so', async ({ page }) => {
    const slug = 'what-a-bite-is';
    await openPresentation(page, `#/present/${slug}/999`);
    await expect(presentation(page)).toHaveAttribute('data-step', String(stepsOf.get(slug)!.length));
    await page.goto('index.html#/present/no-such-lesson/2');
    await expect(page.getByRole('heading', { name: 'No such lesson' })).toBeVisible();
  });
});

test.describe('accessibility of the presentation (projector theme)', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('a step with a figure, the title step, the overview and the go-to dialog have no serious axe violations', async ({ page }) => {
    const slug = 'cns-toxicity-and-crs';
    const found: string[] = [];
    await openPresentation(page, `#/present/${slug}/1`);
    found.push(...(await axeViolations(page, 'title step')));
    await openPresentation(page, `#/present/${slug}/${scriptedStep(slug)}`);
    await expect(page.locator('.present-stage .figure-loading')).toHaveCount(0);
    found.push(...(await axeViolations(page, 'scripted step')));
    await page.keyboard.press('o');
    await expect(page.getByRole('dialog', { name: /All \d+ steps/ })).toBeVisible();
    found.push(...(await axeViolations(page, 'overview')));
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await expect(page.getByRole('dialog', { name: 'Go to step' })).toBeVisible();
    found.push(...(await axeViolations(page, 'go-to dialog')));
    expect(found).toEqual([]);
  });
});
