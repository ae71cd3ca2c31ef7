// The explorer's inputs: regimen picker, scenario presets, reset, the five clinical inputs (slider plus
// typed value each) and the view options (range, drug axis, reference curves). Memoised render layer.
import { memo, useId, useState, type ReactNode } from 'react';
import { formatSignificant } from './format';
import type { ExplorerAction, ExplorerState } from './state';
import { AdvancedPanel } from './AdvancedPanel';
import { useFigureUid } from '../../ui/uid';
import {
  INPUT_SPECS,
  PRESETS,
  RANGES,
  REGIMEN_CHOICES,
  parseRegimen,
  positionOfValue,
  sliderPositions,
  typedMinimum,
  valueAtPosition,
  type InputKey,
  type InputSpec,
  type PresetId,
} from './scenario';
import { REFERENCE_LABEL } from './series';

export interface ExplorerControlsProps {
  state: ExplorerState;
  dispatch: (action: ExplorerAction) => void;
  matchingPreset: PresetId | null;
  /** Element id of the regimen's dosing in words (shown above the charts; describes the regimen picker). */
  regimenNoteId: string;
}

function ClinicalInputField({ spec, value, onInput }: { spec: InputSpec; value: number; onInput: (key: InputKey, value: number) => void }): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const valueText = `${formatSignificant(value, 3)} ${spec.unit}`;
  const typedMin = typedMinimum(spec);
  const slider =
    spec.scale === 'log' ? (
      <input
        id={`${id}-slider`}
        className="pk-slider"
        type="range"
        min={0}
        max={sliderPositions(spec)}
        step={1}
        value={positionOfValue(spec, value)}
        aria-valuetext={valueText}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onInput(spec.key, valueAtPosition(spec, Number(e.target.value)))}
      />
    ) : (
      <input
        id={`${id}-slider`}
        className="pk-slider"
        type="range"
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={value}
        aria-valuetext={valueText}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onInput(spec.key, Number(e.target.value))}
      />
    );
  return (
    <div className="pk-input">
      <label className="pk-input-label" htmlFor={`${id}-slider`}>
        {spec.label}
      </label>
      <div className="pk-input-row">
        {slider}
        <input
          className="ff-field pk-number"
          type="number"
          inputMode="decimal"
          aria-label={`${spec.label}, typed value`}
          min={typedMin}
          max={spec.max}
          step="any"
          value={draft ?? String(value)}
          onChange={(e) => {
            setDraft(e.target.value);
            const typed = e.target.value.trim() === '' ? NaN : Number(e.target.value);
            if (Number.isFinite(typed) && typed >= typedMin && typed <= spec.max) onInput(spec.key, typed);
          }}
          onBlur={() => setDraft(null)}
        />
      </div>
      <span className="pk-hint" id={`${id}-hint`}>
        {spec.hint}
      </span>
    </div>
  );
}

function ExplorerControlsImpl({ state, dispatch, matchingPreset, regimenNoteId }: ExplorerControlsProps): ReactNode {
  const { regimen: regimenId, inputs } = state;
  const uid = useFigureUid();
  const onInput = (key: InputKey, value: number): void => dispatch({ type: 'input', key, value });
  return (
    <div className="pk-controls">
      <div className="pk-controls-row">
        <label className="pk-regimen">
          <span className="pk-input-label">Regimen</span>
          <select className="ff-field" value={regimenId} onChange={(e) => dispatch({ type: 'regimen', regimen: parseRegimen(e.target.value) })} aria-describedby={regimenNoteId}>
            {REGIMEN_CHOICES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name} ({choice.id})
              </option>
            ))}
          </select>
        </label>
        <div className="pk-presets" role="group" aria-label="Scenario presets (MODEL.md calibration scenarios)">
          <span className="pk-input-label" aria-hidden="true">
            Scenario
          </span>
          <div className="pk-button-row">
            {PRESETS.map((preset) => (
              <button key={preset.id} type="button" aria-pressed={matchingPreset === preset.id} title={preset.summary} onClick={() => dispatch({ type: 'preset', preset: preset.id })}>
                {preset.label}
              </button>
            ))}
            <button type="button" onClick={() => dispatch({ type: 'reset' })}>
              Reset to defaults
            </button>
          </div>
        </div>
      </div>
      <fieldset className="pk-inputs">
        <legend>Patient (clinical inputs)</legend>
        {INPUT_SPECS.map((spec) => (
          <ClinicalInputField key={spec.key} spec={spec} value={inputs[spec.key]} onInput={onInput} />
        ))}
      </fieldset>
      <AdvancedPanel overrides={state.overrides} dispatch={dispatch} uid={uid} />
    </div>
  );
}

export const ExplorerControls = memo(ExplorerControlsImpl);

/** What the charts show (range, drug axis, reference curves): above the charts, beside the time controls. */
function ExplorerViewOptionsImpl({ state, dispatch }: Pick<ExplorerControlsProps, 'state' | 'dispatch'>): ReactNode {
  const { range: rangeId, drugScale, reference: showReference } = state;
  const id = useId();
  return (
    <div className="pk-controls-row pk-view">
        <fieldset className="ff-group pk-radios">
          <legend>Show</legend>
          {RANGES.map((range) => (
            <label key={range.id}>
              <input type="radio" name={`${id}-range`} value={range.id} checked={rangeId === range.id} onChange={() => dispatch({ type: 'range', range: range.id })} />
              {range.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="ff-group pk-radios">
          <legend>Drug axis</legend>
          {(['linear', 'log'] as const).map((scale) => (
            <label key={scale}>
              <input type="radio" name={`${id}-scale`} value={scale} checked={drugScale === scale} onChange={() => dispatch({ type: 'drugScale', scale })} />
              {scale === 'linear' ? 'Linear' : 'Log'}
            </label>
          ))}
        </fieldset>
        <label className="pk-check">
          <input type="checkbox" checked={showReference} onChange={(e) => dispatch({ type: 'reference', on: e.target.checked })} />
          Grey reference curves: {REFERENCE_LABEL}
        </label>
      </div>
  );
}

export const ExplorerViewOptions = memo(ExplorerViewOptionsImpl);
