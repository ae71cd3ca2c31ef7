// One single-best-answer question: the stem, options as a radio group (A–F or 1–6 pick, Enter submits), and —
// once answered and when the session shows explanations — every option's explanation, the model's run → explain
// paragraph with the figure in the state the item asks about, the section that teaches it and the sources.
import { useEffect, useId, useReducer, useRef, type ComponentType, type ReactNode } from 'react';
import { findLesson } from '../data/content';
import { lessonComponentMap } from '../lessons/components';
import { routeHref } from '../state/route';
import { Sources } from '../ui/sources';
import { MODEL_DISCLAIMER } from '../model';
import { findFigure, figureStateHref } from '../figures/common/figure-link';
import { FIGURE_KINDS } from '../lessons/figure-kinds';
import type { PresentedChoice } from './present';

export interface QuestionViewProps {
  question: PresentedChoice;
  /** Option picked (not yet submitted, or the answer once submitted). */
  selected: number | null;
  submitted: boolean;
  /** Show explanations once submitted (false in an exam until its end). */
  reveal: boolean;
  onSelect(index: number): void;
  onSubmit(): void;
  /** Heading level text above the stem ("Question 3 of 20"). */
  heading: string;
}

/** A link to the figure in this state inside its lesson (null if no lesson shows that figure). */
function figureLink(component: string, state: unknown): string | null {
  const kind = FIGURE_KINDS.get(component);
  const target = findFigure(component);
  return kind && target ? figureStateHref(kind, state, target) : null;
}

/** A figure of the atlas inside an explanation, controlled by the quiz: it opens in the item's state. */
function ExplanationFigure({ component, state, id }: { component: string; state: unknown; id: string }): ReactNode {
  const kind = FIGURE_KINDS.get(component);
  const [current, dispatch] = useReducer((s: unknown, action: unknown) => (kind ? kind.reduce(s, action) : s), state);
  const Figure = (lessonComponentMap as Record<string, ComponentType<Record<string, unknown>> | undefined>)[component];
  if (!Figure || !kind) return null;
  return <Figure id={id} state={current} dispatch={dispatch} />;
}

export function QuestionView({ question, selected, submitted, reveal, onSelect, onSubmit, heading }: QuestionViewProps): ReactNode {
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const feedbackRef = useRef<HTMLDivElement>(null);
  const lesson = findLesson(question.card.lesson);
  const section = lesson?.headings.find((h) => h.id === question.card.section);
  const right = question.options.findIndex((o) => o.correct);

  useEffect(() => {
    // The verdict at the top of the screen (under the sticky header), whatever the explanation's length.
    if (submitted && reveal && feedbackRef.current) {
      feedbackRef.current.focus({ preventScroll: true });
      feedbackRef.current.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
  }, [submitted, reveal]);

  const link = question.figure ? figureLink(question.figure.component, question.figure.state) : null;
  return (
    <article className="quiz-question" aria-labelledby={`q-${uid}-heading`} data-card={question.card.id} data-kind={question.card.kind}>
      <h2 id={`q-${uid}-heading`} className="quiz-question-heading" tabIndex={-1}>
        {heading}
      </h2>
      {question.card.kind === 'template' && (
        <p className="quiz-model-note">
          Model-computed question: new inputs at every review. <strong>{MODEL_DISCLAIMER}</strong>
        </p>
      )}
      <p className="quiz-stem">{question.stem}</p>
      {question.ranges && <p className="quiz-ranges">{question.ranges}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!submitted && selected !== null) onSubmit();
        }}
      >
        <fieldset className="quiz-options" disabled={submitted}>
          <legend className="visually-hidden">Choose one answer</legend>
          {question.options.map((option, index) => {
            const mark = submitted && reveal ? (index === right ? 'right' : index === selected ? 'wrong' : '') : submitted && index === selected ? 'chosen' : '';
            return (
              <label key={option.letter} className={`quiz-option ${mark ? `is-${mark}` : ''}`} data-letter={option.letter}>
                <input type="radio" name={`q-${uid}`} checked={selected === index} onChange={() => onSelect(index)} aria-describedby={submitted && reveal ? `q-${uid}-why-${index}` : undefined} />
                <span className="quiz-letter" aria-hidden="true">
                  {option.letter}
                </span>
                <span className="quiz-option-text">{option.text}</span>
                {mark === 'right' && <span className="quiz-mark">✓ right answer</span>}
                {mark === 'wrong' && <span className="quiz-mark">✗ your answer</span>}
              </label>
            );
          })}
        </fieldset>
        {!submitted && (
          <p className="quiz-actions">
            <button type="submit" className="button" disabled={selected === null}>
              Submit answer <kbd>Enter</kbd>
            </button>
          </p>
        )}
      </form>
      {submitted && reveal && (
        <div className="quiz-feedback" ref={feedbackRef} tabIndex={-1} role="region" aria-label="Explanation" data-result={selected === right ? 'right' : 'wrong'}>
          <p className="quiz-verdict">
            <strong>{selected === right ? 'Right.' : selected === null ? 'Not answered.' : 'Not quite.'}</strong>{' '}
            {selected !== right && (
              <>
                The answer is {question.options[right]!.letter}: “{question.options[right]!.text}”.
              </>
            )}
          </p>
          {question.explanation && <p className="quiz-model-explanation">{question.explanation}</p>}
          <ol className="quiz-explanations" aria-label="Why each option is right or wrong">
            {question.options.map((option, index) => (
              <li key={option.letter} id={`q-${uid}-why-${index}`} className={index === right ? 'is-right' : index === selected ? 'is-wrong' : ''}>
                <strong>
                  {option.letter}
                  {index === right ? ' (right)' : ''}:
                </strong>{' '}
                {option.explanation}
              </li>
            ))}
          </ol>
          {question.figure && (
            <div className="quiz-figure">
              <p className="quiz-figure-caption">
                {question.figure.caption}
                {link && (
                  <>
                    {' '}
                    <a href={link}>Open it in the lesson</a>
                  </>
                )}
              </p>
              <ExplanationFigure id={`quiz-figure-${uid}`} component={question.figure.component} state={question.figure.state} />
            </div>
          )}
          <p className="quiz-teach">
            {lesson && (
              <>
                Taught in{' '}
                <a href={routeHref({ name: 'lesson', slug: lesson.slug, anchor: question.card.section })}>
                  {lesson.title}
                  {section ? ` — ${section.text}` : ''}
                </a>
                .{' '}
              </>
            )}
            <Sources className="quiz-sources" refs={question.refs} />
          </p>
        </div>
      )}
    </article>
  );
}
