// <ModelValue name="halfLifeHours" />: a number in lesson prose computed live by the shared model, marked as
// model output; what it is and what it was computed for appear on hover and on keyboard focus. The unit
// stays in the prose.
import { computeModelValue, formatSignificant } from './model-values';
import { InlineTip } from './InlineTip';
import { MODEL_DISCLAIMER } from '../model';

export function ModelValue({ name, regimen, level, scenario, digits }: { name: string; regimen?: string; level?: string; scenario?: string; digits?: string }) {
  const quantity = computeModelValue({ name, ...(regimen ? { regimen } : {}), ...(level ? { level } : {}), ...(scenario ? { scenario } : {}) });
  const shown = formatSignificant(quantity.value, digits ? Number(digits) : quantity.digits);
  return (
    <InlineTip
      className="model-value"
      data={{ 'data-model-value': name }}
      tip={
        <>
          <strong>Computed by the atlas model.</strong> {quantity.label.charAt(0).toUpperCase() + quantity.label.slice(1)}
          {quantity.unit ? ` (${quantity.unit})` : ''}, for {quantity.basis}. {MODEL_DISCLAIMER}
        </>
      }
    >
      {shown}
    </InlineTip>
  );
}
