// The BiTE-structure figure's legend entry: a swatch drawn with the diagram's own classes and patterns.
import type { ReactNode } from 'react';
import { KeyEntry } from '../common/KeyEntry';

export function LegendItem({ swatchClass, pattern, text }: { swatchClass: string; pattern?: string; text: string }): ReactNode {
  return (
    <KeyEntry className="bs-swatch" viewBox="0 0 24 16" focusable="false" label={text}>
      {swatchClass === 'bs-legend-linker' ? (
        <path className="bs-linker-band" d="M2 8 C8 2 16 14 22 8" style={{ strokeWidth: 4 }} />
      ) : (
        <g className={`bs-dom ${swatchClass}`}>
          <rect className="bs-dom-fill" x={1} y={1} width={22} height={14} rx={4} />
          {pattern && <rect className="bs-dom-pattern" x={1} y={1} width={22} height={14} rx={4} fill={`url(#${pattern})`} />}
          <rect className="bs-dom-outline" x={1} y={1} width={22} height={14} rx={4} />
        </g>
      )}
    </KeyEntry>
  );
}
