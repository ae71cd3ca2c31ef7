// The presenter view and the audience screen kept in the same state. The presenter window (opened with S: a second
// window on the desktop, a second tab in the web edition, its address marked `?view=presenter`) sends its whole
// presentation state — lesson, step, blackout, every figure's state with time, play state and speed — and the pen and
// spotlight, on every change; the audience window applies what it receives (checked whole; a bad message changes
// nothing) and asks for the state when it opens. Either window keeps working when the other closes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { getPlatform } from '../platform';
import { openMirrorPort, type MirrorMessage, type MirrorPort, type MirrorRole } from '../platform/mirror';
import { FIGURE_KINDS } from '../lessons/figure-kinds';
import type { AtlasStore } from '../state/store';
import { applyPresentationState, getPresentationState } from './session';
import { INK_DEFAULTS, reduceInk, type InkAction, type InkState } from './ink/ink';

/** The window's part in a presentation: the presenter view is marked in its address (`?view=presenter`). */
export function presentationRole(search: string = typeof location === 'undefined' ? '' : location.search): MirrorRole {
  return new URLSearchParams(search).get('view') === 'presenter' ? 'presenter' : 'audience';
}

/**
 * Opens the presenter view for the presentation at `hash`: on the desktop a second window (on the second display when
 * there is one), in the web edition a second tab. Returns false when nothing could be opened (a blocked pop-up).
 */
export async function openPresenterView(hash: string): Promise<boolean> {
  const platform = getPlatform();
  if (platform.openPresenter) {
    await platform.openPresenter(hash);
    return true;
  }
  const opened = window.open(`${location.pathname}?view=presenter${hash}`, 'bite-atlas-presenter');
  return opened !== null;
}

export interface Mirror {
  role: MirrorRole;
  ink: InkState;
  /** Applies a pen or spotlight action here and mirrors it (the presenter's pen draws on the audience screen). */
  dispatchInk(action: InkAction): void;
  /** Whether the other window has been heard from (a presenter knows its audience is there, and vice versa). */
  connected: boolean;
  /** In the presenter view: the audience's stage, once heard (its copy of the stage is drawn at that size and zoom). */
  audienceStage: AudienceStage | null;
  /** On the audience screen: tells the presenter view the stage's size and zooms, after each fit. */
  reportStage(report: StageReport): void;
}

/** A stage's layout size (CSS px) and the zoom each column of step `step` was fitted to. */
export type StageReport = NonNullable<MirrorMessage['stage']>;

/** The audience's stage size and, for each step it has shown at that size, the zoom of each column. */
export interface AudienceStage {
  width: number;
  height: number;
  zooms: Readonly<Record<number, readonly number[]>>;
}

/** The audience's stage with a new report taken in (the zooms of other steps are kept while the size is the same). */
export function withReport(stage: AudienceStage | null, report: StageReport): AudienceStage {
  const sameSize = stage !== null && stage.width === report.width && stage.height === report.height;
  if (sameSize && stage.zooms[report.step]?.join() === report.zooms.join()) return stage;
  return { width: report.width, height: report.height, zooms: { ...(sameSize ? stage.zooms : {}), [report.step]: report.zooms } };
}

const sameReport = (a: StageReport | null, b: StageReport) =>
  a !== null && a.width === b.width && a.height === b.height && a.step === b.step && a.zooms.join() === b.zooms.join();

/**
 * Keeps this window's presentation mirrored with the other window's; see the module comment. The audience also tells
 * the presenter view its stage's size and fitted zooms (`reportStage`), so that its copy of the stage is the same.
 */
export function usePresentationMirror(store: AtlasStore, step: number): Mirror {
  const role = presentationRole();
  const [ink, setInk] = useState<InkState>(INK_DEFAULTS);
  const [connected, setConnected] = useState(false);
  const [audienceStage, setAudienceStage] = useState<AudienceStage | null>(null);
  const inkRef = useRef(ink);
  const portRef = useRef<MirrorPort | null>(null);
  const lastSent = useRef('');
  const lastStage = useRef<StageReport | null>(null);

  const sendState = useCallback(() => {
    const port = portRef.current;
    const presentation = getPresentationState(store);
    if (!port || port.role !== 'presenter' || !presentation) return;
    const state = JSON.stringify(presentation);
    const ink = JSON.stringify(inkRef.current);
    if (state + ink === lastSent.current) return;
    lastSent.current = state + ink;
    port.send({ kind: 'state', state, ink });
  }, [store]);

  useEffect(() => {
    const port = openMirrorPort(role, getPlatform());
    portRef.current = port;
    const sendStage = () => {
      if (role === 'audience' && lastStage.current) port.send({ kind: 'stage', stage: lastStage.current });
    };
    const stop = port.subscribe((message) => {
      setConnected(message.kind !== 'bye');
      if (message.kind === 'hello' && role === 'presenter') {
        lastSent.current = '';
        sendState();
        return;
      }
      // A presenter view that opens after this screen says hello: answer, so it knows its audience is there.
      if (message.kind === 'hello' && role === 'audience' && message.role === 'presenter') {
        port.send({ kind: 'hello' });
        sendStage();
        return;
      }
      if (message.kind === 'stage' && role === 'presenter' && message.role === 'audience' && message.stage) {
        const report = message.stage;
        setAudienceStage((s) => withReport(s, report));
        return;
      }
      if (message.kind !== 'state' || role !== 'audience' || message.role !== 'presenter') return;
      try {
        if (message.state) applyPresentationState(store, JSON.parse(message.state), FIGURE_KINDS);
        if (message.ink) {
          const received = JSON.parse(message.ink) as InkState;
          inkRef.current = { ...INK_DEFAULTS, ...received };
          setInk(inkRef.current);
        }
      } catch {
        /* not JSON: ignored, nothing changes */
      }
    });
    const unsubscribeStore = role === 'presenter' ? store.subscribe(sendState) : () => undefined;
    port.send({ kind: 'hello' });
    if (role === 'presenter') sendState();
    else sendStage();
    const bye = () => port.send({ kind: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      unsubscribeStore();
      stop();
      port.close();
      portRef.current = null;
    };
  }, [role, store, sendState]);

  const dispatchInk = useCallback(
    (action: InkAction) => {
      inkRef.current = reduceInk(inkRef.current, action);
      setInk(inkRef.current);
      sendState();
    },
    [sendState],
  );

  // The pen and the spotlight are cleared when the step changes (in the presenter; the audience follows).
  useEffect(() => {
    if (role !== 'presenter') return;
    dispatchInk({ type: 'clear' });
  }, [step, role, dispatchInk]);

  const reportStage = useCallback(
    (report: StageReport) => {
      if (role !== 'audience' || sameReport(lastStage.current, report)) return;
      lastStage.current = report;
      portRef.current?.send({ kind: 'stage', stage: report });
    },
    [role],
  );

  return { role, ink, dispatchInk, connected, audienceStage, reportStage };
}
