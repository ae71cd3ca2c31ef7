// Tests of walking a case: selecting and checking answers, continuing along the chosen branch, back and
// restart, progress, and the summary of the reader's choices against the label's.
import { describe, expect, it } from 'vitest';
import { caseById } from '../../../../renderer/src/figures/management-case/cases';
import { correctOption, currentAnswer, currentNode, labelPath, progressInfo, question, reduceCase, startProgress, summarize, type CaseAction, type CaseProgress } from '../../../../renderer/src/figures/management-case/tree';

const crs = caseById('crs-grade-3');

function run(p: CaseProgress, ...actions: CaseAction[]): CaseProgress {
  return actions.reduce((acc, a) => reduceCase(crs, acc, a), p);
}

function answer(p: CaseProgress, optionId: string): CaseProgress {
  return run(p, { type: 'select', optionId }, { type: 'check' });
}

describe('walking the grade-3 CRS case', () => {
  it('starts on the first question with nothing answered', () => {
    const p = startProgress(crs);
    expect(currentNode(crs, p).id).toBe(crs.start);
    expect(progressInfo(crs, p)).toEqual({ step: 1, total: labelPath(crs).length - 1, atOutcome: false });
    expect(currentAnswer(crs, p)).toBeNull();
  });

  it('does not continue before an answer is checked, and locks the answer once checked', () => {
    let p = run(startProgress(crs), { type: 'continue' });
    expect(p.path).toHaveLength(1);
    p = run(p, { type: 'check' });
    expect(p.answers).toEqual({});
    p = answer(p, 'no-prephase');
    expect(currentAnswer(crs, p)?.id).toBe('no-prephase');
    p = run(p, { type: 'select', optionId: 'prephase' }, { type: 'check' });
    expect(currentAnswer(crs, p)?.id).toBe('no-prephase');
  });

  it('follows the label’s path to its outcome when every answer is right, and the summary says so', () => {
    let p = startProgress(crs);
    for (;;) {
      const n = currentNode(crs, p);
      if (n.type === 'outcome') break;
      p = run(answer(p, correctOption(n).id), { type: 'continue' });
    }
    expect(p.path).toEqual(labelPath(crs));
    const s = summarize(crs, p);
    expect(s.outcome?.kind).toBe('label');
    expect(s.matched).toBe(s.answered);
    expect(s.answered).toBe(labelPath(crs).length - 1);
    expect(progressInfo(crs, p).atOutcome).toBe(true);
  });

  it('goes on along the label’s path after a wrong but non-final choice, and the summary counts the miss', () => {
    let p = run(answer(startProgress(crs), 'no-prephase'), { type: 'continue' });
    expect(currentNode(crs, p).id).toBe('a-grade');
    p = run(answer(p, 'g4'), { type: 'continue' });
    expect(currentNode(crs, p).id).toBe('a-act');
    const s = summarize(crs, p);
    expect(s.rows.map((r) => r.matches)).toEqual([false, false]);
    expect(s.rows[1]).toMatchObject({ yours: 'Grade 4', label: 'Grade 3' });
  });

  it('ends in a "diverged" outcome when the reader stops treatment for good after grade 3 CRS', () => {
    let p = run(answer(startProgress(crs), 'prephase'), { type: 'continue' });
    p = run(answer(p, 'g3'), { type: 'continue' });
    p = run(answer(p, 'stop'), { type: 'continue' });
    const end = currentNode(crs, p);
    expect(end.type === 'outcome' && end.kind).toBe('diverged');
    expect(summarize(crs, p)).toMatchObject({ matched: 2, answered: 3 });
  });

  it('back first undoes the check (keeping the choice), then returns to the previous question', () => {
    let p = run(answer(startProgress(crs), 'prephase'), { type: 'continue' });
    p = answer(p, 'g2');
    p = run(p, { type: 'back' });
    expect(currentNode(crs, p).id).toBe('a-grade');
    expect(currentAnswer(crs, p)).toBeNull();
    expect(p.selection).toBe('g2');
    p = run(p, { type: 'back' });
    expect(currentNode(crs, p).id).toBe('a-start');
    expect(p.answers).toEqual({});
    expect(p.selection).toBe('prephase');
    p = run(p, { type: 'check' }, { type: 'continue' });
    expect(currentNode(crs, p).id).toBe('a-grade');
  });

  it('restart clears everything', () => {
    let p = run(answer(startProgress(crs), 'prephase'), { type: 'continue' });
    p = run(p, { type: 'restart' });
    expect(p).toEqual(startProgress(crs));
  });

  it('rejects options that do not belong to the question', () => {
    expect(() => reduceCase(crs, startProgress(crs), { type: 'select', optionId: 'g3' })).toThrow(/no option/);
    expect(() => question(crs, 'a-end')).toThrow(/not a question/);
  });
});
