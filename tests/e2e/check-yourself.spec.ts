// A check-yourself question as a resident uses it by keyboard: a wrong answer explains why it is wrong
// without giving the answer away; trying again reshuffles; the right answer explains every option.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, lessons, openAtlas } from './support/atlas';

interface Question {
  id: string;
  lesson: string;
  options: { text: string; correct: boolean; explanation: string }[];
}
const questions: Question[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../renderer/src/data/generated/check-yourself.json'), 'utf8'));

test('every lesson has three check-yourself questions', async () => {
  for (const lesson of lessons) expect(questions.filter((q) => q.lesson === lesson.slug).length, lesson.slug).toBe(3);
});

test('a wrong answer is explained, the answer stays hidden until asked; the right answer explains all options', async ({ page }) => {
  const question = questions.find((q) => q.lesson === lessons[0]!.slug)!;
  await openAtlas(page, `#/lesson/${question.lesson}`);
  const box = page.locator(`[data-check="${question.id}"]`);
  await box.scrollIntoViewIfNeeded();
  const wrong = question.options.find((o) => !o.correct)!;
  const right = question.options.find((o) => o.correct)!;

  await box.getByRole('radio', { name: wrong.text }).focus();
  await page.keyboard.press('Space');
  await box.getByRole('button', { name: 'Check answer' }).press('Enter');
  await expect(box.getByRole('status')).toContainText('Not quite');
  await expect(box.getByRole('status')).toBeFocused();
  await expect(box.getByText(wrong.explanation)).toBeVisible();
  await expect(box.getByText(right.explanation)).toHaveCount(0);

  await box.getByRole('button', { name: 'Try again' }).click();
  await expect(box.getByRole('radio').first(), 'keyboard focus goes to the first option, not back to the page').toBeFocused();
  await box.getByRole('radio', { name: right.text }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.getByRole('status')).toHaveText('Correct.');
  for (const option of question.options) await expect(box.getByText(option.explanation)).toBeVisible();
});

test('the first-paint script carries this build’s id', async () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../out/renderer/index.html'), 'utf8');
  const boot = /src="\.\/(assets\/boot-[^"]+\.js)"/.exec(html)?.[1];
  expect(boot).toBeTruthy();
  const source = readFileSync(resolve(import.meta.dirname, '../../out/renderer', boot!), 'utf8');
  expect(source).not.toContain('__BUILD_ID__');
  expect(source).toMatch(/var BUILD = '[0-9a-f]{12}'/);
});
