// Live readouts beside the synapse drawing: time, drug level, receptor occupancy, Ek and IL-6 at the clock's
// time, written through refs each frame (bars show each as a share of its range).
import { memo, useEffect, useRef, type ReactNode } from 'react';
import type { FigureClock } from '../../ui/clock';
import { formatConcentration, formatElapsed, formatEngagement, formatPercent } from './describe';
import { hoursAtProgress, readoutAt, type SynapseModel } from './schedule';

interface ReadoutRow {
  id: 'time' | 'conc' | 'cd19' | 'cd3' | 'ek' | 'il6';
  label: ReactNode;
  bar: boolean;
}

const READOUT_ROWS: readonly ReadoutRow[] = [
  { id: 'time', label: 'Time after infusion start', bar: false },
  { id: 'conc', label: 'Serum blinatumomab', bar: true },
  {
    id: 'cd19',
    label: (
      <>
        CD19 bound (anti-CD19 arm, K<sub>D</sub> 1.49 nM)
      </>
    ),
    bar: true,
  },
  {
    id: 'cd3',
    label: (
      <>
        CD3 bound (anti-CD3 arm, K<sub>D</sub> 260 nM)
      </>
    ),
    bar: true,
  },
  { id: 'ek', label: 'Killing engagement Ek', bar: true },
  { id: 'il6', label: 'Serum IL-6 (from all T cells)', bar: true },
];

export const SynapseReadouts = memo(function SynapseReadouts({ clock, model }: { clock: FigureClock; model: SynapseModel }): ReactNode {
  const values = useRef(new Map<ReadoutRow['id'], HTMLElement | null>());
  const notes = useRef(new Map<ReadoutRow['id'], HTMLElement | null>());
  const bars = useRef(new Map<ReadoutRow['id'], HTMLElement | null>());

  useEffect(() => {
    const { tr, timeline } = model;
    const il6Scale = Math.max(50, (timeline.il6PeakPgPerMl ?? 100) * 1.1);
    return clock.onTime((progress) => {
      const r = readoutAt(tr, timeline, hoursAtProgress(timeline, progress));
      const set = (id: ReadoutRow['id'], value: string, note: string, barFraction?: number): void => {
        const v = values.current.get(id);
        if (v && v.textContent !== value) v.textContent = value;
        const n = notes.current.get(id);
        if (n && n.textContent !== note) n.textContent = note;
        const b = bars.current.get(id);
        if (b && barFraction !== undefined) b.style.width = `${Math.min(100, Math.max(0, barFraction * 100)).toFixed(2)}%`;
      };
      set('time', formatElapsed(r.hours), `(${(r.hours / 24).toFixed(2)} days)`);
      set('conc', `${formatConcentration(r.concentrationPgPerMl)} pg/mL`, `${r.concentrationPicomolar.toFixed(1)} pM · ${Math.round(r.fractionOfSteadyState * 100)} % of steady state`, r.fractionOfSteadyState);
      set('cd19', `${formatPercent(r.cd19Occupancy)} %`, 'bar: 0–100 % of CD19', r.cd19Occupancy);
      set('cd3', `${formatPercent(r.cd3Occupancy)} %`, 'bar: 0–100 % of CD3', r.cd3Occupancy);
      set('ek', formatEngagement(r.killingEngagement), `C/(C + ${formatConcentration(timeline.ec50KillPgPerMl)} pg/mL): share of contacts that engage`, r.killingEngagement);
      set('il6', `${formatConcentration(r.il6PgPerMl)} pg/mL`, 'one drawn cytokine dot per 8 pg/mL', r.il6PgPerMl / il6Scale);
    });
  }, [clock, model]);

  return (
    <dl className="syn-readouts">
      {READOUT_ROWS.map((row) => (
        <div key={row.id} className={`syn-ro syn-ro--${row.id}`}>
          <dt>{row.label}</dt>
          <dd>
            <span className="syn-ro-value" ref={(el) => void values.current.set(row.id, el)} />
            {row.bar && (
              <span className="syn-bar" aria-hidden="true">
                <span className="syn-bar-fill" ref={(el) => void bars.current.set(row.id, el)} />
              </span>
            )}
            <span className="syn-ro-note" ref={(el) => void notes.current.set(row.id, el)} />
          </dd>
        </div>
      ))}
    </dl>
  );
});

