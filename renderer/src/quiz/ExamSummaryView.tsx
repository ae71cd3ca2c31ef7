// The end of an exam: the score, time per question, the score by lesson (a table), then every question answered
// wrongly or not at all, shown again with all its explanations — and a button to go through those in tutor mode.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { lessons } from '../data/content';
import { ColumnHeads } from '../ui/ColumnHeads';
import type { QuizCatalogue } from './cards';
import { present } from './present';
import { QuestionView } from './QuestionView';
import { summarizeExam, type SessionAnswer, type SessionPlan } from './session';

export interface ExamSummaryViewProps {
  plan: SessionPlan;
  answers: SessionAnswer[];
  reason: 'finished' | 'time' | 'left';
  catalogue: QuizCatalogue;
  onDone(): void;
  onRetry?(cards: string[]): void;
}

const REASONS = { finished: '', time: 'Time ran out.', left: 'You ended the exam early.' } as const;

export function ExamSummaryView({ plan, answers, reason, catalogue, onDone, onRetry }: ExamSummaryViewProps): ReactNode {
  const summary = useMemo(() => summarizeExam(plan, answers, catalogue.byId), [plan, answers, catalogue]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [showAll, setShowAll] = useState(false);
  // Every question of the exam in the order asked, answered or not (for "show all").
  const reviewed = plan.cards.map((card) => answers.find((a) => a.card === card) ?? summary.wrong.find((w) => w.card === card)).filter((a) => a !== undefined);
  const percent = summary.total ? Math.round((100 * summary.correct) / summary.total) : 0;
  const title = (slug: string) => lessons.find((l) => l.slug === slug)?.title ?? slug;
  return (
    <section className="quiz-summary" aria-labelledby="exam-summary-title">
      <h1 id="exam-summary-title" ref={headingRef} tabIndex={-1}>
        Exam result: {summary.correct} of {summary.total} ({percent} %)
      </h1>
      <p>
        {REASONS[reason]} {reason === 'finished' ? `All ${summary.answered} answered` : `${summary.answered} of ${summary.total} answered`}
        {summary.medianSeconds !== null ? `, a median of ${Math.round(summary.medianSeconds)} s per question` : ''}. Every answer is in your review history: right answers
        were rated Good, wrong ones Again.
      </p>
      <table className="quiz-table">
        <caption>Score by lesson</caption>
        <ColumnHeads names={['Lesson', 'Right', 'Asked']} />
        <tbody>
          {summary.byLesson.map(([lesson, right, asked]) => (
            <tr key={lesson}>
              <th scope="row">{title(lesson)}</th>
              <td>{right}</td>
              <td>{asked}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="quiz-actions">
        <button type="button" className="button" onClick={onDone}>
          Back to the quiz
        </button>
        {onRetry && summary.wrong.length > 0 && (
          <button type="button" className="button secondary" onClick={() => onRetry(summary.wrong.map((w) => w.card))}>
            Go through the {summary.wrong.length} wrong answers in tutor mode
          </button>
        )}
      </p>
      {summary.wrong.length === 0 && !showAll && <p>No wrong answers — well done.</p>}
      <div className="quiz-review-choice" role="group" aria-label="Which questions to review">
        <h2>{showAll ? `Review of all ${reviewed.length} questions` : 'Review of wrong answers'}</h2>
        <button type="button" className="button secondary small" aria-pressed={showAll} onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show the wrong answers only' : `Show all ${plan.cards.length} questions, with the right answers`}
        </button>
      </div>
      {(showAll ? reviewed : summary.wrong).map((answer, k) => {
        const card = catalogue.byId.get(answer.card);
        if (!card) return null;
        const presented = present(card, answer.seed || 1, catalogue);
        if (presented.type !== 'choice') return null;
        return (
          <QuestionView
            key={`${answer.card}-${k}`}
            question={presented}
            selected={answer.chosen}
            submitted
            reveal
            heading={`Question ${plan.cards.indexOf(answer.card) + 1}${answer.chosen === null ? ' (not answered)' : ''}`}
            onSelect={() => undefined}
            onSubmit={() => undefined}
          />
        );
      })}
    </section>
  );
}
