// @vitest-environment happy-dom
// A tutor session rendered as the resident sees it: one question on screen at a time — answering shows its
// explanations and the rating bar, rating replaces the question with the next one (never leaves the old one
// above it), and the answer reaches the review log.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../renderer/src/quiz/cards';
import type { QuizItem } from '../../../renderer/src/data/content';
import { QuizSession } from '../../../renderer/src/quiz/QuizSession';
import { QuizStore, type ReviewEvent, type ReviewPort } from '../../../renderer/src/quiz/store';

function item(id: string): QuizItem {
  return {
    id,
    lesson: 'what-a-bite-is',
    section: 's',
    kind: 'vignette',
    difficulty: 2,
    tags: ['crs'],
    stem: `Stem of ${id}`,
    options: [
      { text: `Right ${id}`, correct: true, explanation: 'Why right.' },
      { text: `Wrong ${id}`, correct: false, explanation: 'Why wrong.' },
      { text: `Other ${id}`, correct: false, explanation: 'Why other.' },
    ],
    refs: [],
  };
}

const catalogue = buildCatalogue([item('a'), item('b'), item('c')], [{ id: 'crs', label: 'CRS' }], [], []);

afterEach(cleanup);

describe('a tutor session on screen', () => {
  it('shows one question at a time: rating replaces the answered question with the next one', async () => {
    const stored: ReviewEvent[] = [];
    const port: ReviewPort = { load: async () => ({ events: [] }), append: async (events) => void stored.push(...events), subscribe: () => () => undefined };
    const store = new QuizStore(port, 0.9);
    await store.load();
    const ends: number[] = [];
    render(<QuizSession plan={{ mode: 'tutor', cards: ['bank:a', 'bank:b', 'bank:c'], explanations: 'each', minutes: null }} catalogue={catalogue} store={store} onEnd={(answers) => ends.push(answers.length)} />);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(screen.getByRole('region', { name: 'Explanation' })).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(window, { key: '3' });
    });
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: /Question 2 of 3/ })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Explanation' })).toBeNull();
    await act(async () => undefined);
    expect(stored.filter((e) => e.type === 'review')).toHaveLength(1);
  });
});
