// The explorer's advanced panel: the model's raw rate constants (every parameter that is not a clinical
// input), each a slider over its plausible range from the one parameter table, with its meaning and a link to
// its row on the Model page (value, unit, provenance, source). Closed by default: readers set clinical inputs.
import { memo, type ReactNode } from 'react';
import { parameters, type ParameterName } from '../../model';
import { routeHref } from '../../state/route';
import { Slider } from '../../ui/Slider';
import { formatSignificant } from './format';
import { ADVANCED_PARAMETERS, type ExplorerAction, type ParameterOverrides } from './state';

/** Positions of a log slider (its value is 3 significant digits at each). */
const LOG_POSITIONS = 120;

function isLog(name: ParameterName): boolean {
  const [min, max] = parameters[name].range;
  return min > 0 && max / min >= 20;
}

function valueAt(name: ParameterName, position: number): number {
  const [min, max] = parameters[name].range;
  if (isLog(name)) return Number((min * (max / min) ** (position / LOG_POSITIONS)).toPrecision(3));
  return Number((min + (position / LOG_POSITIONS) * (max - min)).toPrecision(3));
}

function positionOf(name: ParameterName, value: number): number {
  const [min, max] = parameters[name].range;
  const p = isLog(name) ? (Math.log(value / min) / Math.log(max / min)) * LOG_POSITIONS : ((value - min) / (max - min)) * LOG_POSITIONS;
  return Math.round(Math.min(LOG_POSITIONS, Math.max(0, p)));
}

function AdvancedPanelImpl({ overrides, dispatch, uid }: { overrides: ParameterOverrides; dispatch: (action: ExplorerAction) => void; uid: string }): ReactNode {
  const changed = Object.keys(overrides).length;
  return (
    <details className="pk-advanced" open={changed > 0 ? true : undefined}>
      <summary>
        Advanced: the model’s rate constants{changed > 0 ? ` (${changed} changed)` : ''}
      </summary>
      <p className="pk-advanced-note">
        These are the model’s own parameters, not clinical quantities: each slider spans its plausible range from the parameter table, and each links to where its
        value comes from. Changing them leaves the calibration behind — use them to see what a term does.
      </p>
      <div className="pk-advanced-grid">
        {ADVANCED_PARAMETERS.map((name) => {
          const spec = parameters[name];
          const value = overrides[name] ?? spec.value;
          const text = `${formatSignificant(value, 3)} ${spec.unit}${overrides[name] !== undefined ? ` (default ${formatSignificant(spec.value, 3)})` : ''}`;
          return (
            <Slider
              key={name}
              id={`${uid}-k-${name}`}
              className="pk-advanced-slider"
              label={
                <>
                  <code>{name}</code> <span className="pk-advanced-unit">({spec.unit})</span>
                </>
              }
              min={0}
              max={LOG_POSITIONS}
              step={1}
              value={positionOf(name, value)}
              valueText={text}
              hint={
                <>
                  {spec.meaning}{' '}
                  <a href={routeHref({ name: 'model', anchor: `param-${name}` })} aria-label={`Where ${name} comes from (the Model page)`}>
                    source
                  </a>
                </>
              }
              onChange={(position) => dispatch({ type: 'parameter', name, value: valueAt(name, position) })}
            />
          );
        })}
      </div>
      <button type="button" onClick={() => dispatch({ type: 'parameters/reset' })} disabled={changed === 0}>
        Reset the rate constants
      </button>
    </details>
  );
}

export const AdvancedPanel = memo(AdvancedPanelImpl);
