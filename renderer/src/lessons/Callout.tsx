// <Callout kind="note|correction|clinical|warning" title="…">: a boxed aside. "correction" marks where
// the atlas teaches a corrected version of a slip in the source review.
import type { ReactNode } from 'react';

const LABELS: Record<string, string> = {
  note: 'Note',
  correction: 'Correction to the source review',
  clinical: 'Clinical point',
  warning: 'Caution',
};

export function Callout({ kind, title, children }: { kind: string; title?: string; children?: ReactNode }) {
  const label = LABELS[kind] ?? 'Note';
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ? `${label}: ${title}` : label}>
      <p className="callout-label">
        <span className="callout-kind">{label}</span>
        {title && <span className="callout-title">{title}</span>}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}

export function KeyPoints({ children }: { children?: ReactNode }) {
  return (
    <section className="key-points" aria-labelledby="key-points-title">
      <h2 id="key-points-title">Key points</h2>
      {children}
    </section>
  );
}
