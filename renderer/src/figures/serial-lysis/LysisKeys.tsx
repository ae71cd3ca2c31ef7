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
        <g className="sl-k-dying">
          <circle cx="12" cy="12" r="4.5" />
          <circle cx="17.4" cy="13.9" r="1.7" />
          <circle cx="9" cy="17" r="1.7" />
          <circle cx="7.6" cy="8.3" r="1.7" />
          <circle cx="13.3" cy="6.8" r="1.7" />
        </g>
      </CellKey>
      <CellKey label="dead (debris)">
        <g className="sl-k-debris">
          <circle cx="10" cy="11" r="1.6" />
          <circle cx="14" cy="13.5" r="1.2" />
          <circle cx="11.5" cy="15" r="1" />
        </g>
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
