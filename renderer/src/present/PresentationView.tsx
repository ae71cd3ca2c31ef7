// Presentation mode: one lesson shown step by step on a 16:9 screen — the compiled lesson rendered with a
// components map that shows only the current step (text beside its figures, scaled to fit), the keys a lecturer and
// a clicker use, blackout, an overview of all steps and a go-to dialog. The whole state lives in the atlas store.
import { Activity, Children, createContext, isValidElement, memo, Suspense, use, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { lessonComponentMap, lessonComponents } from '../lessons/components';
import { LESSON_COMPONENTS } from '../lessons/component-names';
import { FIGURE_KINDS } from '../lessons/figure-kinds';
import { LessonContext } from '../lessons/lesson-context';
import { loadLessonModule, loadedLessonModule } from '../lessons/manifest';
import type { LessonMeta } from '../data/content';
import { navigate } from '../state/route';
import { useAtlasStore, useAtlasSelector } from '../state/react';
import { isFormControlTarget } from '../ui/keys';
import { CopyLink } from '../ui/CopyLink';
import { clampStep, needsScript, presentAction, stepAt, stepCount, stepFigures, stepRoute, type PresentCommand, type PresentRoute } from './steps';
import { StepOverview } from './StepOverview';
import { GoToStepDialog } from './GoToStepDialog';
import { fitToStage, stageScale } from './fit';
import { playStart, playTo } from './play-to';
import type { AtlasState } from '../state/store';
import { MODEL_DISCLAIMER } from '../model';
import { usePresentationMirror, openPresenterView, type AudienceStage } from './mirror';
import { useElementSize } from '../ui/element-size';
import { PresenterPanel } from './PresenterPanel';
import { InkLayer } from './ink/InkLayer';
import { inkShortcut } from './ink/InkToolbar';
import './present.css';

/** The step being shown (read by the step wrapper the compiler put around each step's content). */
const ActiveStep = createContext(0);

/** Lesson components that are figures: they take the wide column of a step. */
const FIGURE_COMPONENTS = new Set(
  Object.entries(LESSON_COMPONENTS)
    .filter(([, spec]) => 'figureId' in spec)
    .map(([name]) => lessonComponentMap[name as keyof typeof lessonComponentMap]),
);

function isFigureElement(node: ReactNode): boolean {
  return isValidElement(node) && FIGURE_COMPONENTS.has(node.type);
}

/**
 * How many steps either side of the current one are kept drawn, hidden (as reveal.js keeps its nearby slides): the
 * next step's figures are built while the lecturer talks, so moving on only reveals them. A hidden step's effects are
 * not mounted (no clocks run, nothing is measured or subscribed) and it is drawn at idle priority, after the current
 * step has painted.
 */
const PRERENDERED_NEIGHBOURS = 1;

/** One step's content when presenting: its text beside its figures when it is the current step; hidden near it; else nothing. */
function PresentedStep({ n, children }: { n: string; children?: ReactNode }) {
  const active = useContext(ActiveStep);
  const at = Number(n);
  if (Math.abs(at - active) > PRERENDERED_NEIGHBOURS) return null;
  const current = at === active;
  const items = Children.toArray(children);
  const figures = items.filter(isFigureElement);
  const text = items.filter((item) => !isFigureElement(item));
  return (
    <div className={`present-step${figures.length ? ' has-figure' : ''}`} data-step={n} data-current={current ? '' : undefined} hidden={!current}>
      <Activity mode={current ? 'visible' : 'hidden'}>
        {text.length > 0 && <div className="present-text">{text}</div>}
        {figures.length > 0 && <div className="present-figures">{figures}</div>}
      </Activity>
    </div>
  );
}

const presentComponents: Record<string, unknown> = { ...lessonComponents, LessonStep: PresentedStep };

/** The compiled lesson (re-rendered only when its lesson changes; the step it shows comes by context). */
const Body = memo(function Body({ meta }: { meta: LessonMeta }) {
  const Module = loadedLessonModule(meta) ?? use(loadLessonModule(meta));
  return <Module components={presentComponents} />;
});

export interface PresentationViewProps {
  meta: LessonMeta;
  route: PresentRoute;
  /** Opens the keyboard-shortcut help (the shell's). */
  onHelp(): void;
}

export function PresentationView({ meta, route, onHelp }: PresentationViewProps) {
  const store = useAtlasStore();
  const count = stepCount(meta);
  const step = clampStep(meta, route.step);
  const current = stepAt(meta, step);
  const [overview, setOverview] = useState(false);
  const [goTo, setGoTo] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const fitRef = useRef<HTMLDivElement>(null);
  const reduce = useAtlasSelector((s) => s.prefs.reducedMotion, false);

  const frameRef = useRef<HTMLDivElement>(null);
  const mirror = usePresentationMirror(store, step);
  const { dispatchInk, ink, role } = mirror;
  const stageStyle = useStageStyle(frameRef, role === 'presenter' ? mirror.audienceStage : null);
  const inkRef = useRef(ink);
  inkRef.current = ink;

  const stopPlaying = useRef<() => void>(() => undefined);
  useEffect(() => () => stopPlaying.current(), []);

  const run = useCallback(
    (command: PresentCommand) => {
      const state = store.getState();
      if (state.route.name !== 'present') return;
      const action = presentAction(state.route, command, meta, FIGURE_KINDS);
      if (!action) return;
      stopPlaying.current();
      store.dispatch(action);
      // Moving on into a step that plays its figure to a time: it plays there with the figure's clock, then pauses in
      // exactly the scripted state. Going back, jumping, a link or reduced motion show that state at once.
      const route = store.getState().route;
      const script = route.name === 'present' && !route.blackout ? stepAt(meta, route.step)?.script : undefined;
      const component = script && meta.figures.find((f) => f.id === script.figure)?.component;
      const kind = component ? FIGURE_KINDS.get(component) : undefined;
      if (command.type !== 'next' || !script || !kind || !component || store.getState().prefs.reducedMotion) return;
      const play = playStart(kind, script.fields);
      if (!play || route.name !== 'present') return;
      const here = (s: AtlasState) => s.route.name === 'present' && s.route.slug === route.slug && s.route.step === route.step;
      stopPlaying.current = playTo(store, script.figure, component, play.start, play.final, here);
    },
    [store, meta],
  );

  // A step number outside the lesson becomes the nearest step; a step entered without its scripted state (a plain
  // link, Back/Forward, the first visit) gets it.
  useEffect(() => {
    const state = store.getState();
    if (state.route.name !== 'present') return;
    if (state.route.step !== step) store.dispatch({ type: 'navigate', route: stepRoute(meta.slug, step), figures: stepFigures(meta, step, FIGURE_KINDS) });
    else if (needsScript(meta, step, state.figures)) store.dispatch({ type: 'navigate', route: state.route, figures: { ...state.figures, ...stepFigures(meta, step, FIGURE_KINDS) } });
  }, [store, meta, step]);

  useEffect(() => {
    document.title = `${meta.title} — step ${step} of ${count} · BiTE Atlas`;
  }, [meta.title, step, count]);

  // Each new step: the stage takes focus (so screen readers start there and keys keep working).
  useEffect(() => {
    stageRef.current?.focus({ preventScroll: true });
  }, [step]);

  // The audience fits its stage and tells the presenter view; the presenter view, drawing its copy of the stage at the
  // audience's size, takes the audience's zooms for the step (the figures re-measure after a zoom, so two windows
  // fitting on their own could settle a hair apart) — both show the same frames.
  const { audienceStage, reportStage } = mirror;
  const fixedZooms = role === 'presenter' ? (audienceStage?.zooms[step] ?? null) : null;
  const fixedKey = fixedZooms?.join() ?? '';
  useLayoutEffect(() => {
    const stage = stageRef.current;
    const fit = fitRef.current;
    if (!stage || !fit) return;
    return fitToStage(stage, fit, {
      cacheKey: `${meta.slug}/${step}`,
      fixed: () => fixedZooms,
      onFit: role === 'audience' ? ({ width, height, zooms }) => reportStage({ width, height, step, zooms }) : undefined,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fixedKey stands for fixedZooms' contents
  }, [step, meta, fixedKey, role, reportStage]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?' || document.querySelector('dialog[open]')) return;
      if (isFormControlTarget(event.target)) return;
      const onButton = event.target instanceof HTMLElement && event.target.closest('button, a[href], summary') !== null;
      let command: PresentCommand | null = null;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
        case 'n':
          command = { type: 'next' };
          break;
        case ' ':
          // Space presses a focused button (a figure's play button); elsewhere it moves on, as in any slide show.
          if (onButton) return;
          command = event.shiftKey ? { type: 'previous' } : { type: 'next' };
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
        case 'p':
          command = { type: 'previous' };
          break;
        case 'Home':
          command = { type: 'first' };
          break;
        case 'End':
          command = { type: 'last' };
          break;
        case 'b':
        case 'B':
        case '.':
          command = { type: 'blackout' };
          break;
        case 'o':
        case 'O':
          setOverview(true);
          break;
        case 'g':
        case 'G':
          setGoTo(true);
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'Escape':
          if (inkRef.current.tool !== 'none') dispatchInk({ type: 'tool', tool: 'none' });
          else leave();
          break;
        case 's':
        case 'S':
          // The presenter view: a second window (desktop) or tab (web) that this screen then follows.
          if (role === 'audience') void openPresenterView(window.location.hash);
          break;
        default: {
          const action = inkShortcut(event.key, inkRef.current);
          if (!action) return;
          dispatchInk(action);
        }
      }
      event.preventDefault();
      if (command) run(command);
    };
    const leave = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      leavePresentation(meta, store.getState().route);
    };
    // Subscribed once per lesson (not per step): the step is read from the store when a key is pressed.
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, meta, store, dispatchInk, role]);

  /** From the overview or the go-to dialog: it closes, and the presentation goes to step `n`. */
  const goToStep = (n: number) => {
    setOverview(false);
    setGoTo(false);
    run({ type: 'go', step: n });
  };
  const announce = `Step ${step} of ${count}: ${current?.title ?? meta.title}`;
  const blackout = route.blackout === true;

  return (
    <LessonContext.Provider value={meta}>
      <div className={`presentation${reduce ? ' reduce-motion' : ''}`} data-present={meta.slug} data-step={step} data-blackout={blackout ? 'true' : 'false'}>
        <div className="present-main">
        <div ref={frameRef} className="present-stage-frame">
        <div
          ref={stageRef}
          className="present-stage"
          data-scaled={stageStyle ? '' : undefined}
          style={stageStyle}
          tabIndex={-1}
          role="region"
          aria-label={`Presentation of “${meta.title}”`}
          aria-roledescription="slide show"
        >
          <InkLayer state={ink} dispatch={dispatchInk} readOnly={false} />
          <div ref={fitRef} className="present-fit">
            <header className="present-header">
              {step === 1 ? (
                <>
                  <p className="present-kicker">Lesson {meta.order}</p>
                  <h1 className="present-title">{meta.title}</h1>
                </>
              ) : (
                <h1 className="present-kicker">
                  Lesson {meta.order} · {meta.title}
                </h1>
              )}
              {step > 1 && current?.anchor && current.title !== headingTextOf(meta, current.anchor) && <h2 className="present-step-title">{current.title}</h2>}
            </header>
            {step === 1 && (
              <section className="present-objectives" aria-labelledby="present-objectives-title">
                <h2 id="present-objectives-title">After this lesson you can</h2>
                <ul>
                  {meta.objectives.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </section>
            )}
            <Suspense fallback={<p className="loading" role="status">Loading lesson…</p>}>
              <ActiveStep.Provider value={step}>
                <Body meta={meta} />
              </ActiveStep.Provider>
            </Suspense>
          </div>
        </div>
        </div>
        {role === 'presenter' && <PresenterPanel meta={meta} step={step} count={count} connected={mirror.connected} ink={ink} dispatchInk={dispatchInk} />}
        </div>
        <nav className="present-bar" aria-label="Presentation">
          <button type="button" className="present-bar-button" onClick={() => run({ type: 'previous' })} disabled={step === 1} aria-label="Previous step" title="Previous step (←)">
            ←
          </button>
          <span className="present-counter" aria-hidden="true">
            {step} / {count}
          </span>
          <button type="button" className="present-bar-button" onClick={() => run({ type: 'next' })} disabled={step === count} aria-label="Next step" title="Next step (→)">
            →
          </button>
          <span className="present-bar-title">{current?.title}</span>
          <span className="present-illustrative">Model output: {MODEL_DISCLAIMER}</span>
          <CopyLink label="Copy link to this step" />
          <button type="button" className="present-bar-button" onClick={() => setOverview(true)} title="Overview of all steps (O)">
            Overview
          </button>
          <button type="button" className="present-bar-button" onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
          <button
            type="button"
            className="present-bar-button"
            onClick={() => leavePresentation(meta, route)}
            title="Leave the presentation (Esc)"
          >
            Leave
          </button>
          <div className="present-progress" aria-hidden="true">
            <div className="present-progress-fill" style={{ transform: `scaleX(${step / count})` }} />
          </div>
        </nav>
        <p className="visually-hidden" role="status" aria-live="polite">
          {blackout ? 'Screen blacked out. Press B to show it again.' : announce}
        </p>
        {blackout && <div className="present-blackout" aria-hidden="true" onClick={() => run({ type: 'blackout', on: false })} />}
        <StepOverview open={overview} meta={meta} current={step} onClose={() => setOverview(false)} onChoose={goToStep} />
        <GoToStepDialog open={goTo} count={count} onClose={() => setGoTo(false)} onGo={goToStep} />
      </div>
    </LessonContext.Provider>
  );
}

/**
 * The presenter view's copy of the stage: laid out at the audience's stage size (so both screens wrap text, fit and
 * draw figures alike) and scaled into the room beside the notes. Undefined (the stage fills its room) until the
 * audience's size is known, and on the audience screen itself.
 */
function useStageStyle(frameRef: RefObject<HTMLDivElement | null>, audience: AudienceStage | null): CSSProperties | undefined {
  const frame = useElementSize(frameRef, { width: 0, height: 0 });
  if (!audience || frame.width <= 0 || frame.height <= 0) return undefined;
  const scale = stageScale(frame, audience);
  return { width: audience.width, height: audience.height, transform: scale === 1 ? undefined : `scale(${scale})` };
}

/** Back to the lesson page, at the section of the step being shown. */
function leavePresentation(meta: LessonMeta, route: AtlasState['route']): void {
  const anchor = route.name === 'present' ? stepAt(meta, route.step)?.anchor : undefined;
  navigate({ name: 'lesson', slug: meta.slug, ...(anchor ? { anchor } : {}) });
}

function headingTextOf(meta: LessonMeta, id: string): string | undefined {
  return meta.headings.find((h) => h.id === id)?.text;
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
