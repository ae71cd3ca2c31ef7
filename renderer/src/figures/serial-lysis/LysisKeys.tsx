// Key of the serial-lysis micro-world's cell glyphs, drawn with the same classes the canvas palette reads (so
// the key always matches its theme). The chart's lines have the chart's own legend.
import type { ReactNode } from 'react';
import { KeyEntry } from '../common/KeyEntry';

/** One cell glyph of the key, drawn in a 24 × 24 box. */
function CellKey({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <KeyEntry viewBox="0 0 24 24" label={label}>
      {children}
    </KeyEntry>
  );
}

/** A dying blast: the shrinking body and its blebs, as [cx, cy, r]. */
const BLEBS = [
  [12, 12, 4.5],
  [17.4, 13.9, 1.7],
  [9, 17, 1.7],
  [7.6, 8.3, 1.7],
  [13.3, 6.8, 1.7],
] as const;
/** A dead blast's debris, as [cx, cy, r]. */
const SPECKS = [
  [10, 11, 1.6],
  [14, 13.5, 1.2],
  [11.5, 15, 1],
] as const;

/** A group of circles drawn with one class. */
function Circles({ className, circles }: { className: string; circles: readonly (readonly [number, number, number])[] }): ReactNode {
  return (
    <g className={className}>
      {circles.map(([cx, cy, r], i) => (
        <circle key={i} cx={cx} cy={cy} r={r} />
      ))}
    </g>
  );
}

export function LysisCellKey({ highlight }: { highlight: boolean }): ReactNode {
  return (
    <ul className="sl-key sl-key--cells" aria-label="Cell key">
      <CellKey label="T cell (number: its kills)">
        <circle className="sl-k-tcell" cx="12" cy="12" r="8" />
        <text className="sl-k-tcell-text" x="12" y="12.5" textAnchor="middle" dominantBaseline="middle">2</text>
      </CellKey>
      <CellKey label="CD19⁺ blast (target)">
        <circle className="sl-k-target" cx="12" cy="12" r="7.5" />
        <path className="sl-k-antennae" d="M18.5 15.75l2.4 1.4M12 19.5v2.8M5.5 15.75l-2.4 1.4M5.5 8.25l-2.4-1.4M12 4.5v-2.8M18.5 8.25l2.4-1.4" />
      </CellKey>
      <CellKey label="CD19⁻ escape clone (never engaged)">
        <path className="sl-k-escape" d="M12 4.5a7.5 7.5 0 1 0 0.01 0zM12 8.6a3.4 3.4 0 1 1 -0.01 0z" fillRule="evenodd" />
      </CellKey>
      <CellKey label="CD19⁻ bystander (spared)">
        <circle className="sl-k-bystander" cx="12" cy="12" r="7" />
      </CellKey>
      <CellKey label="synapse (drug bridge)">
        <circle className="sl-k-tcell" cx="6.5" cy="12" r="5.5" />
        <circle className="sl-k-target" cx="17" cy="12" r="6" />
        <circle className="sl-k-engaged" cx="17" cy="12" r="6.8" />
        <line className="sl-k-synapse" x1="9.5" x2="13.5" y1="12" y2="12" />
      </CellKey>
      <CellKey label="dying (apoptotic blebs)">
        <Circles className="sl-k-dying" circles={BLEBS} />
      </CellKey>
      <CellKey label="dead (debris)">
        <Circles className="sl-k-debris" circles={SPECKS} />
      </CellKey>
      {highlight && (
        <CellKey label="highlighted T cell and its path over the last 15 min">
          <circle className="sl-k-tcell" cx="12" cy="12" r="5.5" />
          <circle className="sl-k-track" cx="12" cy="12" r="9" />
        </CellKey>
      )}
    </ul>
  );
}
