// The management-case stepper: the reader picks a case, grades each finding by ASTCT and chooses the label's
// action, with immediate feedback, back/restart and a final summary. Data in cases.ts; logic in tree.ts.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useFigure, type FigureProps } from '../../state/react';
import { caseKind, type CaseState, type CaseStateAction } from './state';
import { MANAGEMENT_CASES, TEACHING_DISCLAIMER, caseById, type CaseOption, type QuestionNode } from './cases';
import { correctOption, currentAnswer, currentNode, nextOf, node, progressInfo, summarize, type CaseAction } from './tree';
import { Sources } from '../../ui/sources';
import { useFigureUid } from '../../ui/uid';
import { ColumnHeads } from '../../ui/ColumnHeads';
import '../../ui/figure-frame.css';
import './management-case.css';

export interface ManagementCaseProps extends FigureProps<CaseState, CaseStateAction> {
  title?: string;
  /** Lesson attribute: the case shown first (default: the first case). */
  case?: string;
  /** In the self-quiz: one case, answers final (no case picker, no back, restart or next case). */
  quiz?: boolean;
}

type FocusTarget = 'feedback' | 'step' | null;

function verdictFor(q: QuestionNode, answer: CaseOption): string {
  const authority = q.kind === 'action' ? 'the label' : 'the ASTCT table';
  return answer.correct ? `Matches ${authority}.` : `Not what ${authority} gives.`;
}

export function ManagementCase(props: ManagementCaseProps): ReactNode {
  const { title = 'Management case: grade it, then act by the label', quiz = false } = props;
  const uid = useFigureUid();
  const { state, dispatch: dispatchState, id } = useFigure(caseKind, props);
  const activeId = state.caseId;
  const data = caseById(activeId);
  const progress = state.progress;
  const setActiveId = (caseId: string): void => dispatchState({ type: 'open', caseId });
  const current = currentNode(data, progress);
  const answer = currentAnswer(data, progress);
  const info = progressInfo(data, progress);

  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<FocusTarget>(null);

  // Move focus after the render that follows an action: to the feedback after a check, to the new
  // step's heading after continue, back or restart.
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'feedback') feedbackRef.current?.focus();
    else if (target === 'step') stepHeadingRef.current?.focus();
  }, [progress, activeId]);

  const dispatch = (action: CaseAction, focus: FocusTarget = null): void => {
    pendingFocus.current = focus;
    dispatchState({ type: 'case', action });
  };

  const onCheck = (event: FormEvent): void => {
    event.preventDefault();
    dispatch({ type: 'check' }, 'feedback');
  };

  const canGoBack = progress.path.length > 1 || answer !== null;
  const answeredCount = progress.path.filter((id) => progress.answers[id] !== undefined).length;
  const caseIndex = MANAGEMENT_CASES.findIndex((c) => c.id === activeId);
  const nextCase = MANAGEMENT_CASES[caseIndex + 1];
  const headingPrefix = info.atOutcome ? 'Outcome' : `Step ${info.step} of ${info.total}`;
  const progressLabelId = `mc-${uid}-progress`;
  const groupName = `mc-${uid}-${current.id}`;

  let body: ReactNode;
  if (current.type === 'question') {
    const q = current;
    const labelChoice = correctOption(q);
    const others = q.options.filter((o) => o.id !== answer?.id && o.id !== labelChoice.id);
    body = (
      <div className="mc-step">
        <h4 className="mc-step-title" ref={stepHeadingRef} tabIndex={-1}>
          {headingPrefix}: {q.title}
        </h4>
        <p className="mc-scene">{q.scene}</p>
        {q.findings && (
          <ul className="mc-findings" aria-label="Findings">
            {q.findings.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        )}
        <form onSubmit={onCheck}>
          <fieldset className="mc-fieldset" disabled={answer !== null}>
            <legend className="mc-question">{q.question}</legend>
            <ul className="mc-options">
              {q.options.map((o, optionIndex) => {
                const state = answer === null ? '' : o.correct ? 'is-label' : o.id === answer.id ? 'is-wrong' : '';
                return (
                  <li key={o.id} className={`mc-option ${state}`} data-option={o.id}>
                    <label>
                      <input
                        type="radio"
                        name={groupName}
                        value={o.id}
                        checked={(answer?.id ?? progress.selection) === o.id}
                        onChange={() => dispatch({ type: 'select', optionId: o.id })}
                      />
                      {quiz && (
                        <span className="mc-letter" aria-hidden="true">
                          {String.fromCharCode(65 + optionIndex)}
                        </span>
                      )}
                      <span>{o.text}</span>
                    </label>
                    {answer !== null && (o.correct || o.id === answer.id) && (
                      <span className="mc-mark">{o.correct ? (o.id === answer.id ? '✓ your choice, the rule’s answer' : '✓ the rule’s answer') : '✗ your choice'}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {answer === null && (
            <p className="mc-actions">
              <button type="submit" className="button" disabled={progress.selection === null}>
                Check answer
              </button>
            </p>
          )}
        </form>
        <div className="mc-feedback" ref={feedbackRef} tabIndex={-1} aria-live="polite" role="region" aria-label="Feedback" data-state={answer === null ? 'empty' : answer.correct ? 'correct' : 'wrong'}>
          {answer !== null && (
            <>
              <p className="mc-verdict">
                <strong>{verdictFor(q, answer)}</strong>
                {!answer.correct && <> Answer: “{labelChoice.text}”.</>}
              </p>
              <p>
                {answer.correct ? '' : 'Your choice: '}
                {answer.explanation} <Sources className="mc-sources" refs={answer.sources} />
              </p>
              {!answer.correct && (
                <p>
                  Why the answer: {labelChoice.explanation} <Sources className="mc-sources" refs={labelChoice.sources} />
                </p>
              )}
              <p className="mc-rule">
                <strong>The rule.</strong> {q.rule} <Sources className="mc-sources" refs={q.sources} />
              </p>
              {others.length > 0 && (
                <details className="mc-others">
                  <summary>Why not the other options</summary>
                  <ul>
                    {others.map((o) => (
                      <li key={o.id}>
                        <strong>{o.text}:</strong> {o.explanation} <Sources className="mc-sources" refs={o.sources} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
        </div>
      </div>
    );
  } else {
    const summary = summarize(data, progress);
    body = (
      <div className={`mc-outcome mc-outcome--${current.kind}`}>
        <h4 className="mc-step-title" ref={stepHeadingRef} tabIndex={-1}>
          Outcome: {current.title}
        </h4>
        <p>
          {current.text} <Sources className="mc-sources" refs={current.sources} />
        </p>
        <table className="mc-summary">
          <caption>
            Your choices and the rules’ answers: {summary.matched} of {summary.answered} matched
            {current.kind === 'diverged' ? ' (your path left the label’s before the end)' : ''}.
          </caption>
          <ColumnHeads names={['Step', 'Your choice', 'The rule’s answer', 'Match']} />
          <tbody>
            {summary.rows.map((r) => (
              <tr key={r.questionId} className={r.matches ? 'is-match' : 'is-miss'}>
                <th scope="row">{r.title}</th>
                <td>{r.yours}</td>
                <td>{r.label}</td>
                <td>{r.matches ? '✓ yes' : '✗ no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  const continueLabel =
    current.type === 'question' && answer !== null ? (node(data, nextOf(current, answer)).type === 'outcome' ? 'See the outcome' : 'Next step') : null;

  return (
    <section className="mc ff-card ff-focus-scope" id={id} aria-labelledby={`mc-${uid}-title`} data-case={data.id}>
      <h3 className="mc-title" id={`mc-${uid}-title`}>
        {title}
      </h3>
      <p className="mc-disclaimer">
        <strong>{TEACHING_DISCLAIMER}</strong>
      </p>
      {!quiz && (
        <div className="mc-picker" role="group" aria-label="Choose a case">
          {MANAGEMENT_CASES.map((c) => (
            <button key={c.id} type="button" className="mc-case-button" aria-pressed={c.id === activeId} onClick={() => setActiveId(c.id)}>
              {c.name}
            </button>
          ))}
        </div>
      )}
      <p className="mc-patient">{data.patient}</p>
      <div className="mc-progress">
        <span id={progressLabelId}>
          {info.atOutcome ? `Case finished: ${answeredCount} question${answeredCount === 1 ? '' : 's'} answered` : `Progress: ${answeredCount} of ${info.total} questions answered`}
        </span>
        <progress max={info.total} value={info.atOutcome ? info.total : answeredCount} aria-labelledby={progressLabelId} />
      </div>
      {body}
      <div className="mc-nav">
        {!quiz && (
          <button type="button" className="button secondary" onClick={() => dispatch({ type: 'back' }, 'step')} disabled={!canGoBack}>
            ← Back
          </button>
        )}
        {continueLabel !== null && (
          <button type="button" className="button mc-nav-next" onClick={() => dispatch({ type: 'continue' }, 'step')}>
            {continueLabel} →
          </button>
        )}
        {!quiz && info.atOutcome && nextCase && (
          <button
            type="button"
            className="button"
            onClick={() => {
              pendingFocus.current = 'step';
              setActiveId(nextCase.id);
            }}
          >
            Next case →
          </button>
        )}
        {!quiz && (
          <button type="button" className="button secondary" onClick={() => dispatch({ type: 'restart' }, 'step')} disabled={progress.path.length === 1 && answer === null && progress.selection === null}>
            Restart case
          </button>
        )}
      </div>
    </section>
  );
}
