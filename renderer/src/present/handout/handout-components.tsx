// The lesson components map for a handout: every figure drawn at its state, paused (the reader's, else its presentation
// step's, else its lesson attributes) with its scenario and the link to that state written out under it, check-yourself
// questions as plain lettered lists (answers at the end), and speaker notes printed only when the reader asks for them.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { lessonComponents } from '../../lessons/components';
import { FIGURE_KINDS } from '../../lessons/figure-kinds';
import { useLesson } from '../../lessons/lesson-context';
import { checkQuestionsById } from '../../data/content';
import { figureRoute, figureStateHref, type FigureTarget } from '../../figures/common/figure-link';
import { figureStep, type FigureStep } from '../steps';
import { describeFields, type AnyFigureKind, type FieldSpec } from '../../state/figure-kind';
import { initialFromProps, useAtlasSelector, useAtlasStoreContext } from '../../state/react';
import { FigurePrintContext } from '../../ui/figure-print';

/** Whether this handout prints the speaker notes. */
export const HandoutNotesContext = createContext(false);

/** A, B, C… for the options of a printed question. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The scenario of a figure state in words: the kind's own summary, else its fields, else its link fields. */
export function scenarioText(kind: AnyFigureKind, state: unknown): string {
  if (kind.summary) return kind.summary(state);
  const fields = (kind as AnyFigureKind & { fields?: readonly FieldSpec[] }).fields;
  if (fields) return describeFields(state, fields);
  const pairs = kind.encode(state);
  return pairs.length ? pairs.map(([k, v]) => `${k} ${v}`).join('; ') : 'as the lesson sets it';
}

interface TimedState {
  time: { playing: boolean };
}

function isPlaying(state: unknown): state is TimedState {
  const time = (state as Partial<TimedState> | null)?.time;
  return typeof time === 'object' && time !== null && time.playing === true;
}

/** Paper shows one frame: a playing state is printed paused where it is. */
export function pausedState(state: unknown): unknown {
  return isPlaying(state) ? { ...state, time: { ...state.time, playing: false } } : state;
}

/** What a handout prints for one figure: its state (paused), where its link goes, and the step that sets it. */
export interface PrintedFigure {
  state: unknown;
  target: FigureTarget;
  /** The presentation step whose script gives the printed state (named in the caption; the link opens it). */
  step?: FigureStep;
}

/**
 * The state a figure is printed at, in this order: the state the handout's address gives it (the reader's, carried
 * over from the lesson) with a link to the lesson; else the state its presentation step scripts — the step's final
 * state, at its play-to time, paused — with a link to that step; else its lesson attributes (what an unscripted step
 * shows too) with a link to the lesson.
 */
export function printedFigure(figure: { slug: string; id: string; stored: unknown; initial: unknown; presented: FigureStep | null }): PrintedFigure {
  const { slug, id, stored, initial, presented } = figure;
  const lessonTarget = { slug, figureId: id };
  if (stored !== undefined || !presented?.scripted) return { state: pausedState(stored ?? initial), target: lessonTarget };
  return { state: pausedState(presented.scripted.state), target: { ...lessonTarget, step: presented.step }, step: presented };
}

/** Wraps a lesson figure for paper: drawn at its printed state, never playing, followed by its scenario and state link. */
function handoutFigure(kind: AnyFigureKind, Figure: ComponentType<Record<string, unknown>>): ComponentType<Record<string, unknown>> {
  function HandoutFigure(props: Record<string, unknown>): ReactNode {
    const lesson = useLesson();
    const context = useAtlasStoreContext();
    const id = typeof props.id === 'string' ? props.id : kind.defaultId;
    const attrs = JSON.stringify(props);
    // eslint-disable-next-line react-hooks/exhaustive-deps
    const initial = useMemo(() => initialFromProps(kind, props), [attrs]);
    const stored = useAtlasSelector((s) => s.figures[id]?.state, undefined);
    const presented = useMemo(() => figureStep(lesson, id, FIGURE_KINDS), [lesson, id]);
    const { state, target, step } = printedFigure({ slug: lesson.slug, id, stored, initial, presented });
    // A figure kept in the store that was playing is paused there too (so the handout's address says what it prints).
    useEffect(() => {
      if (!context || step || !isPlaying(stored ?? initial)) return;
      context.store.dispatch({ type: 'figure', id, kind: kind.component, state });
    }, [context, id, stored, initial, step, state]);
    // At its step's state the figure is controlled: what it would change goes into the store, from that state.
    const controlled = step
      ? {
          state,
          dispatch: (action: unknown) => {
            const next = kind.reduce(state, action);
            if (next !== state) context?.store.dispatch({ type: 'figure', id, kind: kind.component, state: next });
          },
        }
      : {};
    const link = context?.linkFor
      ? context.linkFor({ ...context.store.getState(), route: figureRoute(target), figures: { [id]: { kind: kind.component, state } } })
      : figureStateHref(kind, state, target);
    const note = (
      <p className="handout-figure-state">
        <span className="handout-figure-scenario">Scenario: {scenarioText(kind, state)}.</span>{' '}
        {step && (
          <>
            <span className="handout-figure-step">
              Presentation: step {step.step} of {step.count}, “{step.title}”.
            </span>{' '}
          </>
        )}
        <span>
          Open this state: <span className="handout-link">{link}</span>
        </span>
      </p>
    );
    // A figure drawn in a frame prints the note inside it; one without (a case, a table) gets it underneath.
    const [framed, setFramed] = useState(false);
    const onFramed = useCallback(() => setFramed(true), []);
    const print = useMemo(() => ({ note, framed: onFramed }), [link, state, step, onFramed]); // eslint-disable-line react-hooks/exhaustive-deps
    return (
      <div className={framed ? 'handout-figure' : 'handout-figure handout-figure--unframed'} data-figure-id={id}>
        <FigurePrintContext value={print}>
          <Figure {...props} {...controlled} />
        </FigurePrintContext>
        {!framed && note}
      </div>
    );
  }
  HandoutFigure.displayName = `Handout(${kind.component})`;
  return HandoutFigure;
}

/** A check-yourself question on paper: the stem and its options lettered in the authored order; answers at the end. */
function HandoutCheck({ id }: { id: string }): ReactNode {
  const lesson = useLesson();
  const question = checkQuestionsById.get(id);
  if (!question) return null;
  const number = lesson.checkIds.indexOf(id) + 1;
  return (
    <section className="check handout-check" aria-labelledby={`handout-check-${id}`} data-check={id}>
      <h3 id={`handout-check-${id}`} className="check-title">
        Check yourself {number} of {lesson.checkIds.length}
      </h3>
      <p className="check-stem">{question.stem}</p>
      <ol className="handout-options" type="A">
        {question.options.map((option) => (
          <li key={option.text}>{option.text}</li>
        ))}
      </ol>
      <p className="handout-check-answer-at">The answer is explained under “Answers” at the end of the handout.</p>
    </section>
  );
}

/** Speaker notes (`<Notes>` in a lesson): printed when the reader includes them; otherwise a hidden marker. */
function HandoutNotes({ children }: { children?: ReactNode }): ReactNode {
  const include = useContext(HandoutNotesContext);
  if (!include) return <span data-handout-notes hidden />;
  return (
    <aside className="handout-notes" data-handout-notes="">
      <p className="handout-notes-title">Speaker notes</p>
      {children}
    </aside>
  );
}

function buildHandoutComponents(): Record<string, unknown> {
  const map: Record<string, unknown> = { ...lessonComponents, CheckYourself: HandoutCheck, Notes: HandoutNotes };
  for (const [name, kind] of FIGURE_KINDS) {
    const Figure = lessonComponents[name] as ComponentType<Record<string, unknown>> | undefined;
    if (Figure) map[name] = handoutFigure(kind, Figure);
  }
  return map;
}

export const handoutComponents: Record<string, unknown> = buildHandoutComponents();
