// The serial-lysis figure's lower panel: blood T-cell expansion over days in the population model for the
// reader's Treg share against the MRD scenario's 4 %, with its key. Re-simulated only when those change.
import { memo, useMemo, type ReactNode } from 'react';
import { simulate, type Trajectory } from '../../model';
import { TimeSeriesChart } from '../common/TimeSeriesChart';
import type { Series } from '../common/chart-geometry';
import { EXPANSION_DAYS, expansionInput, type LysisFigureSettings } from './scenario';

function ExpansionPanelImpl({ expansion, settings }: { expansion: Trajectory; settings: LysisFigureSettings }): ReactNode {
  const reference = useMemo(() => simulate(expansionInput(4, settings.drugMode)), [settings.drugMode]);
  const series = useMemo<Series[]>(() => {
    const t0 = expansion.parameters.t0;
    const fold = (tr: Trajectory): Float64Array => tr.Tp.map((v) => v / t0);
    return [
      { id: 'treg-ref', label: 'Treg 4 %', color: 'var(--series-neutral)', values: fold(reference), dashed: true },
      { id: 'treg-now', label: `Treg ${settings.tregPct} %`, color: 'var(--series-tcell)', values: fold(expansion) },
    ];
  }, [expansion, reference, settings.tregPct]);
  const landmarks = useMemo(
    () =>
      settings.drugMode === 'regimen'
        ? [
            { tDays: 7, label: 'dose step' },
            { tDays: settings.treatmentDay - 1, label: 'well' },
            { tDays: 21, label: 'day 21' },
          ].filter((l, i, all) => all.findIndex((m) => Math.abs(m.tDays - l.tDays) < 1.5) === i)
        : [{ tDays: 21, label: 'day 21' }],
    [settings.drugMode, settings.treatmentDay],
  );
  return (
    <div className="sl-expansion">
      <TimeSeriesChart
        title={`Blood T cells over ${EXPANSION_DAYS} days, multiple of baseline (population model, MRD patient on ${expansion.regimen.id})`}
        t={expansion.t}
        series={series}
        yLabel="× baseline"
        yMin={0}
        domainDays={[0, EXPANSION_DAYS]}
        landmarks={landmarks}
        width={720}
        height={190}
      />
      <ul className="sl-key sl-key--chart" aria-label="Expansion chart key">
        <li>
          <svg viewBox="0 0 28 10" aria-hidden="true">
            <line className="sl-line sl-line--tnow" x1="1" x2="27" y1="5" y2="5" />
          </svg>
          blood T cells, Treg {settings.tregPct} % (your setting)
        </li>
        <li>
          <svg viewBox="0 0 28 10" aria-hidden="true">
            <line className="sl-line sl-line--tref" x1="1" x2="27" y1="5" y2="5" />
          </svg>
          Treg 4 % (the MRD scenario’s default)
        </li>
      </ul>
    </div>
  );
}

export const ExpansionPanel = memo(ExpansionPanelImpl);
