// The self-quiz as a resident uses it, by keyboard only, in the web edition (IndexedDB, real Chromium): a tutor
// session with an explanation for every option and the FSRS rating bar; undo; the due queue after a lapse (with the
// page's clock moved on); a timed exam and its review of wrong answers; a model-computed item whose explanation
// opens the figure in the state it asks about; a management case answered branch by branch; statistics and due
// counts that survive a reload; two tabs answering at once lose no review; an exported history imported into a
// fresh profile; and axe on every quiz screen in the three themes. No request leaves the machine (the watch fixture).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openAtlas } from './support/atlas';
import { axeViolations } from './support/axe';

const storedReviews = (page: Page) => page.locator('.quiz-panel').filter({ hasText: 'Your review history' }).getByText(/\d+ reviews? stored on this computer/);
const dueToday = (page: Page) => page.locator('.quiz-due-count');
const heading = (page: Page) => page.locator('.quiz-question-heading').first();

async function openQuiz(page: Page): Promise<void> {
  await openAtlas(page, '#/quiz');
  await expect(page.getByRole('heading', { level: 1, name: 'Self-quiz' })).toBeVisible();
}

/** Answers the question on screen by keyboard (option `letter`, Enter) and returns whether it was right. */
async function answerByKeyboard(page: Page, letter = 'a'): Promise<boolean> {
  await expect(page.getByRole('group', { name: 'Choose one answer' })).toBeVisible();
  await page.keyboard.press(letter);
  await expect(page.getByRole('radio').nth(letter.charCodeAt(0) - 97)).toBeChecked();
  await page.keyboard.press('Enter');
  const feedback = page.getByRole('region', { name: 'Explanation' });
  await expect(feedback).toBeVisible();
  return (await feedback.getAttribute('data-result')) === 'right';
}

/** Ten written questions explained one by one (a custom session in tutor style: no case, no template). */
async function tutorSession(page: Page): Promise<void> {
  await openQuiz(page);
  await page.getByRole('checkbox', { name: 'Written questions' }).check();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('10');
  await page.getByRole('button', { name: 'Start custom session' }).click();
  await expect(heading(page)).toHaveText(/Question 1 of 10/);
}

test('a tutor session by keyboard: every option explained, rated 1–4, undone with U, and kept after a reload', async ({ page }) => {
  await tutorSession(page);
  // Question 1: pick B, submit; the explanation lists every option and the rating bar offers four intervals.
  await answerByKeyboard(page, 'b');
  const options = await page.getByRole('radio').count();
  await expect(page.getByRole('list', { name: 'Why each option is right or wrong' }).getByRole('listitem')).toHaveCount(options);
  await expect(page.getByRole('group', { name: 'How well did you know it?' }).getByRole('button')).toHaveCount(4);
  await page.keyboard.press('3');
  await expect(heading(page)).toHaveText(/Question 2 of 10/);
  // Question 2 by digits: 1 picks the first option; Enter takes the suggested rating.
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Explanation' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(/Question 3 of 10/);
  // U takes the last answer back: question 2 again, unanswered.
  await page.keyboard.press('u');
  await expect(heading(page)).toHaveText(/Question 2 of 10/);
  await expect(page.getByRole('region', { name: 'Explanation' })).toHaveCount(0);
  await answerByKeyboard(page, 'a');
  await page.keyboard.press('4');
  await expect(heading(page)).toHaveText(/Question 3 of 10/);
  // F flags the card on screen.
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: /Flag/ })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'End session' }).click();
  await openQuiz(page);
  await expect(storedReviews(page)).toHaveText(/^2 reviews stored/);
  const due = await dueToday(page).innerText();
  await page.reload();
  await expect(storedReviews(page)).toHaveText(/^2 reviews stored/);
  await expect(dueToday(page)).toHaveText(due);
  await page.goto('index.html#/quiz/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz statistics' })).toBeVisible();
  await expect(page.getByText(/^2 reviews of 2 cards\./)).toBeVisible();
  // Every chart has its table: the lesson table lists all seven lessons.
  await expect(page.getByRole('table', { name: 'Accuracy and retention by lesson' }).getByRole('row')).toHaveCount(8);
});

test('a lapse comes back the same day: rated Again, due after its learning step, reviewed in a review session', async ({ page, context }) => {
  await context.clock.install({ time: new Date('2026-12-02T09:00:00') });
  await tutorSession(page);
  for (let k = 0; k < 2; k += 1) {
    await answerByKeyboard(page);
    await page.keyboard.press('1');
    await expect(heading(page)).toHaveText(new RegExp(`Question ${k + 2} of 10`));
  }
  await page.getByRole('button', { name: 'End session' }).click();
  await openQuiz(page);
  await expect(page.getByText(/^2 in learning/)).toBeVisible();
  // Ten minutes later both are due; the review session asks exactly those two and then has nothing left.
  await page.clock.fastForward('10:00');
  await page.reload();
  await expect(dueToday(page)).toHaveText('2');
  await page.getByRole('button', { name: 'Start review' }).click();
  const left = page.getByLabel('Left today');
  await expect(left).toHaveText(/^2 learning · 0 due/);
  for (let k = 0; k < 2; k += 1) {
    await answerByKeyboard(page);
    await page.keyboard.press('4');
  }
  // The lapses are done; like Anki, the session goes on with the day's new cards.
  await expect(left).toHaveText(/^0 learning · 0 due · \d+ new/);
  await page.getByRole('button', { name: 'End session' }).click();
  await openQuiz(page);
  await expect(dueToday(page)).toHaveText('0');
  await expect(storedReviews(page)).toHaveText(/^4 reviews stored/);
});

test('a timed exam by keyboard: a running clock, no explanation until the end, then the score and every wrong answer explained', async ({ page }) => {
  await openQuiz(page);
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^(30:00|29:5\d)/);
  for (let k = 0; k < 20; k += 1) {
    await expect(heading(page)).toHaveText(new RegExp(`Question ${k + 1} of 20`));
    await page.keyboard.press(k % 2 ? 'a' : 'b');
    await expect(page.getByRole('region', { name: 'Explanation' })).toHaveCount(0);
    await page.keyboard.press('Enter');
  }
  const result = page.getByRole('heading', { level: 1, name: /^Exam result: \d+ of 20/ });
  await expect(result).toBeVisible();
  await expect(page.getByText(/All 20 answered/)).toBeVisible();
  const right = Number((await result.innerText()).match(/(\d+) of 20/)![1]);
  // Every wrong answer is shown with its explanations; the score by lesson adds up to 20.
  await expect(page.locator('.quiz-summary .quiz-question')).toHaveCount(20 - right);
  // … and every question, right ones included, on request.
  await page.getByRole('button', { name: 'Show all 20 questions, with the right answers' }).click();
  await expect(page.locator('.quiz-summary .quiz-question')).toHaveCount(20);
  await page.getByRole('button', { name: 'Show the wrong answers only' }).click();
  await expect(page.locator('.quiz-summary .quiz-question')).toHaveCount(20 - right);
  const asked = await page.getByRole('table', { name: 'Score by lesson' }).locator('tbody tr td:last-child').allInnerTexts();
  expect(asked.reduce((s, n) => s + Number(n), 0)).toBe(20);
  await page.getByRole('button', { name: 'Back to the quiz' }).click();
  await expect(storedReviews(page)).toHaveText(/^20 reviews stored/);
});

test('a model-computed item: the model explains its own numbers, and the explanation opens the figure in the state it asks about', async ({ page }) => {
  await openQuiz(page);
  await page.getByRole('checkbox', { name: 'Model-computed' }).check();
  await page.getByRole('button', { name: 'Start custom session' }).click();
  const stem = await page.locator('.quiz-stem').first().innerText();
  await answerByKeyboard(page);
  const feedback = page.getByRole('region', { name: 'Explanation' });
  await expect(feedback).toContainText('Illustrative — not for dosing');
  await expect(feedback.locator('figure, [data-figure]').first()).toBeVisible();
  const link = feedback.getByRole('link', { name: 'Open it in the lesson' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^#\/lesson\/[a-z-]+\/fig-[a-z-]+\?v=1&fig\./);
  await link.click();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page).toHaveURL(/#\/lesson\//);
  const figureId = href!.split('?')[0]!.split('/').pop()!;
  await expect(page.locator(`#${figureId}`)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(stem.length).toBeGreaterThan(20);
});

test('a management case in a session: each branch answered by keyboard, with feedback, then rated', async ({ page }) => {
  await openQuiz(page);
  await page.getByRole('checkbox', { name: 'Management cases' }).check();
  await page.getByRole('button', { name: 'Start custom session' }).click();
  await expect(heading(page)).toHaveText(/management case/);
  const rating = page.getByRole('group', { name: 'How well did you know it?' });
  for (let step = 0; step < 8 && !(await rating.isVisible()); step += 1) {
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await expect(page.locator('.quiz-case .mc-feedback, .quiz-case [role="region"]').first()).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(rating).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(/Question 2 of 8: management case/);
});

test('two tabs answering at once lose no review', async ({ page, context }) => {
  const other = await context.newPage();
  await tutorSession(page);
  await tutorSession(other);
  for (let k = 0; k < 3; k += 1) {
    for (const tab of [page, other]) {
      await answerByKeyboard(tab);
      await tab.keyboard.press('3');
    }
  }
  for (const tab of [page, other]) {
    await tab.getByRole('button', { name: 'End session' }).click();
    await openQuiz(tab);
    await expect(storedReviews(tab)).toHaveText(/^6 reviews stored/);
  }
  await other.close();
});

test('an exported history imported into a fresh profile brings every review back, and a second import adds nothing', async ({ page, browser }) => {
  await tutorSession(page);
  for (let k = 0; k < 3; k += 1) {
    await answerByKeyboard(page);
    await page.keyboard.press('3');
  }
  await page.getByRole('button', { name: 'End session' }).click();
  await openQuiz(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export history (JSON)' }).click()]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text).events.length).toBeGreaterThanOrEqual(3);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openQuiz(other);
  await expect(storedReviews(other)).toHaveText(/^0 reviews stored/);
  const file = { name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(text) };
  await other.getByLabel('Review history file to import').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: /^Imported/ })).toContainText('already here');
  await expect(storedReviews(other)).toHaveText(/^3 reviews stored/);
  await other.getByLabel('Review history file to import').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: /^Imported 0 new events/ })).toBeVisible();
  await expect(storedReviews(other)).toHaveText(/^3 reviews stored/);
  // A file that is not an export is refused with its reason, and nothing changes.
  await other.getByLabel('Review history file to import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(other.getByRole('alert')).toContainText('Nothing was imported');
  await expect(storedReviews(other)).toHaveText(/^3 reviews stored/);
  await fresh.close();
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`no serious or critical axe violations on the quiz screens: ${theme} theme`, async ({ page }) => {
    test.setTimeout(60_000);
    await openAtlas(page, '#/settings');
    await page.getByRole('radio', { name: new RegExp(`^${theme}`, 'i') }).check();
    const violations: string[] = [];
    const scan = async (name: string) => {
      violations.push(...(await axeViolations(page, name)));
    };
    await openQuiz(page);
    await scan('quiz home');
    await tutorSession(page);
    await scan('question');
    await answerByKeyboard(page);
    await scan('explanation');
    await page.keyboard.press('3');
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('checkbox', { name: 'Model-computed' }).check();
    await page.getByRole('button', { name: 'Start custom session' }).click();
    await answerByKeyboard(page);
    await expect(page.locator('.quiz-feedback figure').first()).toBeVisible();
    await scan('model-computed explanation with its figure');
    await page.keyboard.press('3');
    await page.goto('index.html#/quiz/stats');
    await expect(page.getByRole('heading', { level: 1, name: 'Quiz statistics' })).toBeVisible();
    await scan('statistics');
    expect(violations).toEqual([]);
  });
}

test('an answer shown but not rated is kept when the resident follows the explanation’s link; a suspended card can be unsuspended', async ({ page }) => {
  await tutorSession(page);
  await answerByKeyboard(page);
  // The verdict is on screen, not scrolled away under the header.
  const verdict = page.locator('.quiz-verdict');
  await expect(verdict).toBeInViewport();
  await page.getByRole('link', { name: /^Taught in|—/ }).first().click();
  await expect(page).toHaveURL(/#\/lesson\//);
  await openQuiz(page);
  await expect(storedReviews(page)).toHaveText(/^1 review stored/);

  // Suspend a card, find it on the quiz's home, unsuspend it.
  await tutorSession(page);
  await page.getByRole('button', { name: 'Suspend' }).click();
  await expect(heading(page)).toHaveText(/Question 2 of 10/);
  await page.getByRole('button', { name: 'End session' }).click();
  await openQuiz(page);
  const panel = page.getByRole('region', { name: /Suspended cards \(1\)/ });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: /^Unsuspend/ }).click();
  await expect(page.getByRole('region', { name: /Suspended cards/ })).toHaveCount(0);
});

test('an exam never contains management cases: choosing only cases in exam style matches nothing, and says why', async ({ page }) => {
  await openQuiz(page);
  await page.getByRole('checkbox', { name: 'Management cases' }).check();
  await page.getByRole('radio', { name: /^Exam/ }).check();
  await expect(page.getByText(/^0 cards match \(management cases are not part of an exam/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start custom session' })).toBeDisabled();
});
