// The lesson components map for a handout: every figure drawn at its state (paused) with its scenario and the
// link to that state written out under it, check-yourself questions as plain lettered lists (answers at the end),
// and speaker notes printed only when the reader asks for them.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { lessonComponents } from '../../lessons/components';
import { FIGURE_KINDS } from '../../lessons/figure-kinds';
import { useLesson } from '../../lessons/lesson-context';
import { checkQuestionsById } from '../../data/content';
import { figureStateHref } from '../../figures/common/figure-link';
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

/** Wraps a lesson figure for paper: drawn at its state, never playing, followed by its scenario and state link. */
function handoutFigure(kind: AnyFigureKind, Figure: ComponentType<Record<string, unknown>>): ComponentType<Record<string, unknown>> {
  function HandoutFigure(props: Record<string, unknown>): ReactNode {
    const lesson = useLesson();
    const context = useAtlasStoreContext();
    const id = typeof props.id === 'string' ? props.id : kind.defaultId;
    const attrs = JSON.stringify(props);
    // eslint-disable-next-line react-hooks/exhaustive-deps
    const initial = useMemo(() => initialFromProps(kind, props), [attrs]);
    const stored = useAtlasSelector((s) => s.figures[id]?.state, undefined);
    const state = stored ?? initial;
    // Paper shows one frame: a figure that was playing is printed paused where it was.
    useEffect(() => {
      if (!context || !isPlaying(state)) return;
      context.store.dispatch({ type: 'figure', id, kind: kind.component, state: { ...state, time: { ...state.time, playing: false } } });
    }, [context, id, state]);
    const link = context?.linkFor
      ? context.linkFor({ ...context.store.getState(), route: { name: 'lesson', slug: lesson.slug, anchor: id }, figures: { [id]: { kind: kind.component, state } } })
      : figureStateHref(kind, state, { slug: lesson.slug, figureId: id });
    const note = (
      <p className="handout-figure-state">
        <span className="handout-figure-scenario">Scenario: {scenarioText(kind, state)}.</span>{' '}
        <span>
          Open this state: <span className="handout-link">{link}</span>
        </span>
      </p>
    );
    // A figure drawn in a frame prints the note inside it; one without (a case, a table) gets it underneath.
    const [framed, setFramed] = useState(false);
    const onFramed = useCallback(() => setFramed(true), []);
    const print = useMemo(() => ({ note, framed: onFramed }), [link, state, onFramed]); // eslint-disable-line react-hooks/exhaustive-deps
    return (
      <div className={framed ? 'handout-figure' : 'handout-figure handout-figure--unframed'} data-figure-id={id}>
        <FigurePrintContext value={print}>
          <Figure {...props} />
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
