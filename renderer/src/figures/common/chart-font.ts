// The type size every chart uses, from the atlas state's display preferences (text size, projector theme).
import { usePrefs } from '../../state/react';
import type { ChartFont } from './chart-geometry';

export function useChartFont(): ChartFont {
  const prefs = usePrefs();
  return { textScale: prefs.textScale, projector: prefs.theme === 'projector' };
}
