// The presenter view's side panel: the speaker notes of the step on screen, what comes next, the time since the
// presentation started (with a reset) and the clock, whether the audience screen is connected, and the pen and
// spotlight. The step itself is shown beside it exactly as the audience sees it.
import { useEffect, useState, type ReactNode } from 'react';
import type { LessonMeta } from '../data/content';
import { stepAt } from './steps';
import { InkToolbar } from './ink/InkToolbar';
import type { InkAction, InkState } from './ink/ink';

const two = (n: number) => String(n).padStart(2, '0');
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  return h ? `${h}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}` : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

export interface PresenterPanelProps {
  meta: LessonMeta;
  step: number;
  count: number;
  connected: boolean;
  ink: InkState;
  dispatchInk(action: InkAction): void;
}

export function PresenterPanel({ meta, step, count, connected, ink, dispatchInk }: PresenterPanelProps): ReactNode {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const notes = stepAt(meta, step)?.notes ?? '';
  const next = step < count ? stepAt(meta, step + 1) : undefined;
  return (
    <aside className="presenter-panel" aria-label="Presenter view">
      <p className="presenter-status" role="status">
        {connected ? 'Audience screen connected' : 'Waiting for the audience screen (the window you pressed S in)'}
      </p>
      <section className="presenter-times" aria-label="Time">
        <p>
          <span className="presenter-elapsed" role="timer" aria-label="Elapsed">
            {formatElapsed(now - startedAt)}
          </span>{' '}
          <button type="button" className="button secondary small" onClick={() => setStartedAt(Date.now())}>
            Reset
          </button>
        </p>
        <p className="presenter-clock">{new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</p>
      </section>
      <section aria-labelledby="presenter-notes-title">
        <h2 id="presenter-notes-title">Notes, step {step}</h2>
        {notes ? (
          notes.split(/\n\s*\n/).map((paragraph, k) => <p key={k}>{paragraph}</p>)
        ) : (
          <p className="presenter-none">No notes for this step.</p>
        )}
      </section>
      <section aria-labelledby="presenter-next-title">
        <h2 id="presenter-next-title">Next</h2>
        <p>{next ? `${step + 1}. ${next.title}${next.script ? ' (scripted figure)' : ''}` : 'The end of the lesson.'}</p>
      </section>
      <InkToolbar state={ink} dispatch={dispatchInk} />
    </aside>
  );
}
