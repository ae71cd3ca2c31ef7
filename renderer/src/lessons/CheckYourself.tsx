// <CheckYourself id="…" />: an inline single-best-answer question. Options are shuffled for every attempt
// (seeded, so the order is stable while the reader thinks); a wrong answer first explains only why that
// choice is wrong, and the full explanation of every option comes with the right answer or on request.
import { useId, useMemo, useRef, useState } from 'react';
import { checkQuestionsById } from '../data/content';
import { useLesson } from './lesson-context';
import { shuffledOrder } from './shuffle';
import { Sources } from '../ui/sources';

type Phase = 'answering' | 'wrong' | 'revealed';

export function CheckYourself({ id }: { id: string }) {
  const question = checkQuestionsById.get(id);
  const lesson = useLesson();
  const groupId = useId();
  const resultRef = useRef<HTMLParagraphElement>(null);
  const optionsRef = useRef<HTMLUListElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [choice, setChoice] = useState<number | null>(null);
  const [phase, setPhase] = useState<Phase>('answering');
  const order = useMemo(() => (question ? shuffledOrder(question.options.length, `${id}#${attempt}`) : []), [question, id, attempt]);
  if (!question) return null;
  const correctIndex = question.options.findIndex((o) => o.correct);
  const number = lesson.checkIds.indexOf(id) + 1;
  const revealed = phase === 'revealed';
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  // After "Try again" the button is gone: keyboard and screen-reader users continue at the first option.
  const retry = () => {
    setAttempt((a) => a + 1);
    setChoice(null);
    setPhase('answering');
    requestAnimationFrame(() => optionsRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus());
  };

  return (
    <section className="check" aria-labelledby={`${groupId}-title`} data-check={id}>
      <h3 id={`${groupId}-title`} className="check-title">
        Check yourself {number > 0 ? `${number} of ${lesson.checkIds.length}` : ''}
      </h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (choice === null) return;
          setPhase(choice === correctIndex ? 'revealed' : 'wrong');
          focusResult();
        }}
      >
        <fieldset disabled={phase !== 'answering'}>
          <legend className="check-stem">{question.stem}</legend>
          <ul className="check-options" ref={optionsRef}>
            {order.map((i) => {
              const option = question.options[i]!;
              const state = phase === 'answering' ? '' : revealed && i === correctIndex ? 'correct' : i === choice ? 'wrong' : 'other';
              const explain = revealed || (phase === 'wrong' && i === choice);
              return (
                <li key={option.text} className={`check-option ${state}`}>
                  <label>
                    <input type="radio" name={groupId} value={i} checked={choice === i} onChange={() => setChoice(i)} />
                    <span>{option.text}</span>
                  </label>
                  {explain && (
                    <p className="check-explanation">
                      <strong>{i === correctIndex ? 'Correct answer. ' : i === choice ? 'Not this one. ' : ''}</strong>
                      {option.explanation}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <p className="check-result" role="status" aria-live="polite" tabIndex={-1} ref={resultRef}>
          {phase === 'wrong' && 'Not quite — read why, then try again or show the answer.'}
          {revealed && (choice === correctIndex ? 'Correct.' : `The answer is “${question.options[correctIndex]!.text.replace(/[.]$/, '')}”.`)}
        </p>
        <p className="check-actions">
          {phase === 'answering' && (
            <button type="submit" className="button" disabled={choice === null}>
              Check answer
            </button>
          )}
          {phase === 'wrong' && (
            <>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>{' '}
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setPhase('revealed');
                  focusResult();
                }}
              >
                Show the answer
              </button>
            </>
          )}
          {revealed && (
            <button type="button" className="button secondary" onClick={retry}>
              Try again (options reshuffled)
            </button>
          )}
        </p>
        {revealed && (
          <Sources as="p" className="check-sources" refs={question.refs} />
        )}
      </form>
    </section>
  );
}
