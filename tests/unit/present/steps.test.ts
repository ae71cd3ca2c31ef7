// The presentation's step reducer as a lecturer uses it: next, previous, first, last, go to, blackout — each step
// entered with exactly its scripted figure state, going back restoring the previous step's, and the whole state
// serialized and applied whole (what the presenter view sends the audience window).
import { describe, expect, it } from 'vitest';
import { clampStep, needsScript, presentAction, stepFigures, type PresentRoute } from '../../../renderer/src/present/steps';
import { applyPresentationState, getPresentationState } from '../../../renderer/src/present/session';
import { playStart, playTo } from '../../../renderer/src/present/play-to';
import { FIGURE_KINDS } from '../../../renderer/src/lessons/figure-kinds';
import { cytokineKind, CYTOKINE_DEFAULTS } from '../../../renderer/src/figures/cytokine/state';
import { AtlasStore, initialAtlasState, reduceAtlas, type AtlasAction, type AtlasState } from '../../../renderer/src/state/store';
import type { LessonMeta, LessonStepMeta } from '../../../renderer/src/data/content';

const plain = (title: string): LessonStepMeta => ({ title, anchor: '', figures: [], notes: '' });
const meta: Pick<LessonMeta, 'slug' | 'steps' | 'figures'> = {
  slug: 'cns',
  figures: [{ id: 'fig-cytokine', component: 'CytokineFigure' }],
  steps: [
    plain('Intro'),
    { title: 'High burden, flat 15', anchor: 'burst', figures: ['fig-cytokine'], notes: '', script: { figure: 'fig-cytokine', fields: { show: 'flat-15', t: '1' } } },
    { title: 'Low burden, stepped, playing', anchor: 'burst', figures: ['fig-cytokine'], notes: '', script: { figure: 'fig-cytokine', fields: { burden: 'low', show: 'weight-lt-45', t: '7', play: '1' } } },
    plain('Outro'),
  ],
};
const at = (step: number, blackout = false): PresentRoute => ({ name: 'present', slug: 'cns', step, ...(blackout ? { blackout: true as const } : {}) });
const act = (route: PresentRoute, command: Parameters<typeof presentAction>[1]) => presentAction(route, command, meta, FIGURE_KINDS);

function drive(commands: Parameters<typeof presentAction>[1][]): AtlasState {
  let state = initialAtlasState(at(1));
  for (const command of commands) {
    const action = presentAction(state.route as PresentRoute, command, meta, FIGURE_KINDS);
    if (action) state = reduceAtlas(state, action);
  }
  return state;
}

describe('entering a scripted step', () => {
  it('sets exactly the figure state its script names, paused at 24 h', () => {
    const figures = stepFigures(meta, 2, FIGURE_KINDS);
    expect(figures).toEqual({ 'fig-cytokine': { kind: 'CytokineFigure', state: { ...CYTOKINE_DEFAULTS, shown: ['flat-15'], time: { ...CYTOKINE_DEFAULTS.time, t: 1, playing: false } } } });
    expect(cytokineKind.summary!(figures['fig-cytokine']!.state as typeof CYTOKINE_DEFAULTS)).toBe('high burden; flat 15 µg/m²/day drawn; paused at day 1, 00:00');
  });

  it('is the same state however the step is reached, and going back restores the previous step’s', () => {
    const viaNext = drive([{ type: 'next' }]);
    const viaGo = drive([{ type: 'go', step: 2 }]);
    const back = drive([{ type: 'next' }, { type: 'next' }, { type: 'previous' }]);
    expect(viaNext.figures).toEqual(viaGo.figures);
    expect(back.figures).toEqual(viaNext.figures);
    expect(back.route).toEqual(at(2));
    const third = drive([{ type: 'last' }, { type: 'previous' }]);
    expect((third.figures['fig-cytokine']!.state as typeof CYTOKINE_DEFAULTS).time).toMatchObject({ t: 7, playing: true });
  });

  it('leaves a step without a script with no figure state (its figures start from their lesson attributes)', () => {
    expect(drive([{ type: 'next' }, { type: 'next' }, { type: 'next' }]).figures).toEqual({});
  });
});

describe('moving through the steps', () => {
  it('stops at the first and the last step, and jumps with Home, End and go-to (clamped)', () => {
    expect(act(at(1), { type: 'previous' })).toBeNull();
    expect(act(at(4), { type: 'next' })).toBeNull();
    expect(act(at(3), { type: 'first' })).toMatchObject({ route: at(1) });
    expect(act(at(1), { type: 'last' })).toMatchObject({ route: at(4) });
    expect(act(at(1), { type: 'go', step: 99 })).toMatchObject({ route: at(4) });
    expect(clampStep(meta, 0)).toBe(1);
    expect(clampStep(meta, Number.NaN)).toBe(1);
  });

  it('blacks out and back without touching the figures; next or previous while black only bring the picture back', () => {
    expect(act(at(2), { type: 'blackout' })).toEqual({ type: 'navigate', route: at(2, true) });
    expect(act(at(2, true), { type: 'blackout' })).toEqual({ type: 'navigate', route: at(2) });
    expect(act(at(2, true), { type: 'next' })).toEqual({ type: 'navigate', route: at(2) });
    expect(act(at(2, true), { type: 'previous' })).toEqual({ type: 'navigate', route: at(2) });
    expect(act(at(2), { type: 'blackout', on: false })).toBeNull();
    const state = drive([{ type: 'next' }, { type: 'blackout' }]);
    expect(state.route).toEqual(at(2, true));
    expect(state.figures).toEqual(stepFigures(meta, 2, FIGURE_KINDS));
  });

  it('knows when a step reached by a plain link still lacks its scripted state', () => {
    expect(needsScript(meta, 2, {})).toBe(true);
    expect(needsScript(meta, 2, stepFigures(meta, 2, FIGURE_KINDS))).toBe(false);
    expect(needsScript(meta, 1, {})).toBe(false);
  });
});

describe('the serialized presentation state', () => {
  it('round-trips through structured cloning into another store, which then shows the same state', () => {
    const presenter = new AtlasStore(initialAtlasState(at(1)));
    presenter.dispatch(act(at(1), { type: 'go', step: 3 }) as AtlasAction);
    presenter.dispatch(act(at(3), { type: 'blackout' }) as AtlasAction);
    const sent = structuredClone(getPresentationState(presenter));
    const audience = new AtlasStore(initialAtlasState({ name: 'home' }));
    expect(applyPresentationState(audience, sent, FIGURE_KINDS)).toEqual({ ok: true });
    expect(getPresentationState(audience)).toEqual(getPresentationState(presenter));
  });

  it('refuses a state that is not a presentation, or a figure state its kind rejects, and changes nothing', () => {
    const store = new AtlasStore(initialAtlasState(at(2)));
    const before = store.getState();
    expect(applyPresentationState(store, { v: 1, route: { name: 'home' }, figures: {} }, FIGURE_KINDS)).toEqual({ ok: false, message: 'not a presentation route' });
    expect(applyPresentationState(store, { v: 1, route: at(2), figures: { 'fig-cytokine': { kind: 'CytokineFigure', state: { burden: 'huge' } } } }, FIGURE_KINDS).ok).toBe(false);
    expect(applyPresentationState(store, 'nonsense', FIGURE_KINDS).ok).toBe(false);
    expect(store.getState()).toBe(before);
    expect(getPresentationState(new AtlasStore())).toBeNull();
  });
});

describe('playing a scripted step to its time', () => {
  const fields = { show: 'flat-15', t: '1' };
  const kind = FIGURE_KINDS.get('CytokineFigure')!;

  function fakeTimers() {
    let now = 0;
    const pending: { at: number; fn: () => void; id: number }[] = [];
    let next = 1;
    return {
      timers: {
        now: () => now,
        setTimeout: (fn: () => void, ms: number) => {
          pending.push({ at: now + ms, fn, id: next });
          return next++;
        },
        clearTimeout: (id: unknown) => {
          const i = pending.findIndex((p) => p.id === id);
          if (i >= 0) pending.splice(i, 1);
        },
      },
      advance(ms: number) {
        now += ms;
        for (const p of pending.filter((p) => p.at <= now).sort((a, b) => a.at - b.at)) {
          pending.splice(pending.indexOf(p), 1);
          p.fn();
        }
      },
    };
  }
  const tick = (store: AtlasStore, t: number) => store.dispatch({ type: 'figure', id: 'fig-cytokine', kind: 'CytokineFigure', state: kind.reduce(store.getState().figures['fig-cytokine']!.state, { type: 'time', action: { type: 'tick', t } }) });

  it('starts at the beginning of the timeline, playing, and ends in exactly the scripted state', () => {
    const play = playStart(kind, fields)!;
    expect((play.start as typeof CYTOKINE_DEFAULTS).time).toMatchObject({ t: 0, playing: true });
    const store = new AtlasStore(initialAtlasState(at(2)));
    const clock = fakeTimers();
    playTo(store, 'fig-cytokine', 'CytokineFigure', play.start, play.final, (s) => s.route.name === 'present' && s.route.step === 2, clock.timers);
    for (let t = 0.125; t < 0.9; t += 0.125) {
      clock.advance(250);
      tick(store, t);
    }
    clock.advance(400);
    expect(store.getState().figures['fig-cytokine']!.state).toEqual(stepFigures(meta, 2, FIGURE_KINDS)['fig-cytokine']!.state);
  });

  it('leaves the figure to the lecturer who pauses it, and sets the state at once when the clock stays silent', () => {
    const play = playStart(kind, fields)!;
    const store = new AtlasStore(initialAtlasState(at(2)));
    const clock = fakeTimers();
    playTo(store, 'fig-cytokine', 'CytokineFigure', play.start, play.final, () => true, clock.timers);
    clock.advance(250);
    tick(store, 0.125);
    store.dispatch({ type: 'figure', id: 'fig-cytokine', kind: 'CytokineFigure', state: kind.reduce(store.getState().figures['fig-cytokine']!.state, { type: 'time', action: { type: 'pause' } }) });
    clock.advance(5000);
    expect((store.getState().figures['fig-cytokine']!.state as typeof CYTOKINE_DEFAULTS).time).toMatchObject({ t: 0.125, playing: false });

    const silent = new AtlasStore(initialAtlasState(at(2)));
    playTo(silent, 'fig-cytokine', 'CytokineFigure', play.start, play.final, () => true, clock.timers);
    clock.advance(2000);
    expect(silent.getState().figures['fig-cytokine']!.state).toEqual(play.final);
  });

  it('has nothing to play when the script keeps playing or names no time', () => {
    expect(playStart(kind, { t: '1', play: '1' })).toBeNull();
    expect(playStart(kind, { burden: 'low' })).toBeNull();
  });
});
