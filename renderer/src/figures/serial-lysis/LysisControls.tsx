// The serial-lysis figure's settings: E:T, cells, drug level (fixed in vitro or a day of the label regimen),
// Treg, escape clone, highlight and a new seed. Each change is one action on the figure's state.
import { memo, type ReactNode } from 'react';
import { killingEngagement, tregBrake } from '../../model';
import { Slider } from '../../ui/Slider';
import {
  CELL_COUNT_OPTIONS,
  CONCENTRATION_STEPS_PG_PER_ML,
  ET_OPTIONS,
  MAX_ESCAPE_PCT,
  MAX_TREATMENT_DAY,
  MAX_TREG_PCT,
  etOption,
  cellComposition,
  fixedConcentration,
  formatPgPerMl,
  regimenDose,
  wellParameters,
  type LysisFigureSettings,
} from './scenario';
import type { LysisAction } from './state';

export interface LysisControlsProps {
  uid: string;
  settings: LysisFigureSettings;
  highlight: boolean;
  dispatch: (action: LysisAction) => void;
}

function LysisControlsImpl({ uid, settings, highlight, dispatch }: LysisControlsProps): ReactNode {
  const update = (patch: Partial<LysisFigureSettings>): void => dispatch({ type: 'settings', patch });
  const controlId = (name: string): string => `sl-${uid}-${name}`;
  const params = wellParameters(settings);
  const composition = cellComposition(settings.cells, etOption(settings.etId).targetsPerTCell, settings.escapePct / 100);
  const dose = regimenDose(settings.treatmentDay);
  const fixedC = fixedConcentration(settings);
  const drugText =
    settings.drugMode === 'fixed'
      ? `${formatPgPerMl(fixedC)} (killing at ${Math.round(100 * killingEngagement(fixedC, params))} % of maximum)`
      : `day ${settings.treatmentDay}: ${Math.round(dose.rateUgPerDay)} µg/day (steady state ${formatPgPerMl(dose.cssPgPerMl)})`;
  const tregText = `${settings.tregPct} % (brake: ${Math.round(100 * tregBrake(params))} % of full speed)`;
  return (
    <div className="sl-controls-wrap">
      <div className="sl-controls">
        <div className="sl-field">
          <label htmlFor={controlId('et')}>E:T ratio</label>
          <select className="ff-field" id={controlId('et')} value={settings.etId} onChange={(e) => update({ etId: e.target.value })}>
            {ET_OPTIONS.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="sl-field">
          <label htmlFor={controlId('cells')}>Cells</label>
          <select className="ff-field" id={controlId('cells')} name="cells" value={settings.cells} onChange={(e) => update({ cells: Number(e.target.value) })}>
            {CELL_COUNT_OPTIONS.map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString('en-GB').replace(',', ' ')}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="sl-field sl-drug">
          <legend>Drug level</legend>
          <label>
            <input type="radio" name={controlId('mode')} checked={settings.drugMode === 'fixed'} onChange={() => update({ drugMode: 'fixed' })} /> In vitro, fixed
          </label>
          <label>
            <input type="radio" name={controlId('mode')} checked={settings.drugMode === 'regimen'} onChange={() => update({ drugMode: 'regimen' })} /> Patient on the label regimen (9 → 28 µg/day)
          </label>
        </fieldset>
        {settings.drugMode === 'fixed' ? (
          <Slider className="sl-field" id={controlId('conc')} label="Blinatumomab, pg/mL" min={0} max={CONCENTRATION_STEPS_PG_PER_ML.length - 1} step={1} value={settings.concentrationIndex} valueText={drugText} onChange={(v) => update({ concentrationIndex: v })} />
        ) : (
          <Slider className="sl-field" id={controlId('day')} label="Treatment day" min={1} max={MAX_TREATMENT_DAY} step={1} value={settings.treatmentDay} valueText={drugText} onChange={(v) => update({ treatmentDay: v })} />
        )}
        <Slider className="sl-field" id={controlId('treg')} label="Treg, % of CD4⁺" min={0} max={MAX_TREG_PCT} step={0.5} value={settings.tregPct} valueText={tregText} marks={[{ value: 8.5, label: 'cut-off 8.5 %' }]} onChange={(v) => update({ tregPct: v })} />
        <Slider className="sl-field" id={controlId('escape')} label="CD19⁻ escape clone, % of blasts" min={0} max={MAX_ESCAPE_PCT} step={1} value={settings.escapePct} valueText={`${settings.escapePct} % (${composition.nEscape} cells)`} onChange={(v) => update({ escapePct: v })} />
        <div className="sl-field sl-actions">
          <label className="sl-check">
            <input type="checkbox" checked={highlight} onChange={(e) => dispatch({ type: 'highlight', on: e.target.checked })} /> Highlight one T cell
          </label>
          <button type="button" onClick={() => dispatch({ type: 'new-run' })}>
            New random run
          </button>
          <span className="sl-seed">run {settings.seed}</span>
        </div>
      </div>
      <p className="sl-hint">Changing a setting starts a fresh well at 0 h from the same seed; the last curve stays on the chart, dotted.</p>
    </div>
  );
}

export const LysisControls = memo(LysisControlsImpl);
