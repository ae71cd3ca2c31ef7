// Every model-computed item template, in the order the bank lists them (one card each: `tpl:<id>`).
import { cssAtRate } from './css-at-rate';
import { il6PeakTime } from './il6-peak-time';
import { anyTemplate, type ItemTemplate } from './template';

export const TEMPLATES: readonly ItemTemplate[] = [anyTemplate(il6PeakTime), anyTemplate(cssAtRate)];

export function templateById(id: string): ItemTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
