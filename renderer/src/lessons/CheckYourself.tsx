// <CheckYourself id="…" />: an inline single-best-answer question. The reader picks an option and checks
// it; then every option shows why it is right or wrong. Keyboard: arrow keys in the radio group, Enter.
import { useId, useState } from 'react';
import { checkQuestionsById } from './manifest';
import { useLesson } from './lesson-context';
import { routeHref } from '../app/router';

export function CheckYourself({ id }: { id: string }) {
  const question = checkQuestionsById.get(id);
  const lesson = useLesson();
  const groupId = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  if (!question) return null;
  const correctIndex = question.options.findIndex((o) => o.correct);
  const number = lesson.checkIds.indexOf(id) + 1;
  const right = checked && choice === correctIndex;
  return (
    <section className="check" aria-labelledby={`${groupId}-title`} data-check={id}>
      <h3 id={`${groupId}-title`} className="check-title">
        Check yourself {number > 0 ? `${number} of ${lesson.checkIds.length}` : ''}
      </h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (choice !== null) setChecked(true);
        }}
      >
        <fieldset disabled={checked}>
          <legend className="check-stem">{question.stem}</legend>
          <ul className="check-options">
            {question.options.map((option, i) => {
              const state = !checked ? '' : i === correctIndex ? 'correct' : i === choice ? 'wrong' : 'other';
              return (
                <li key={option.text} className={`check-option ${state}`}>
                  <label>
                    <input type="radio" name={groupId} value={i} checked={choice === i} onChange={() => setChoice(i)} />
                    <span>{option.text}</span>
                  </label>
                  {checked && (
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
        <p className="check-actions">
          {!checked ? (
            <button type="submit" className="button" disabled={choice === null}>
              Check answer
            </button>
          ) : (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setChecked(false);
                setChoice(null);
              }}
            >
              Try again
            </button>
          )}
        </p>
        <p className="check-result" role="status" aria-live="polite">
          {checked ? (right ? 'Correct.' : `Not quite — the answer is “${question.options[correctIndex]!.text}”.`) : ''}
        </p>
        {checked && (
          <p className="check-sources">
            Sources:{' '}
            {question.refs.map((key, i) => (
              <span key={key}>
                {i > 0 && ', '}
                <a href={routeHref({ name: 'references' })}>{key}</a>
              </span>
            ))}
          </p>
        )}
      </form>
    </section>
  );
}
