// <ModelValue name="halfLifeHours" />: a number in lesson prose computed live by the shared model
// (default adult), marked as model output; the unit stays in the prose.
import { computeModelValue, formatSignificant } from './model-values';

export function ModelValue({ name, regimen, level, scenario, digits }: { name: string; regimen?: string; level?: string; scenario?: string; digits?: string }) {
  const quantity = computeModelValue({ name, ...(regimen ? { regimen } : {}), ...(level ? { level } : {}), ...(scenario ? { scenario } : {}) });
  const shown = formatSignificant(quantity.value, digits ? Number(digits) : quantity.digits);
  return (
    <span className="model-value" data-model-value={name} title={`${quantity.label}: computed by the atlas model (illustrative — not for dosing decisions)`}>
      {shown}
    </span>
  );
}
