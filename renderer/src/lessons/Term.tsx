// <Term id="scfv">…</Term>: a glossary term whose definition appears on hover and on keyboard focus.
import type { ReactNode } from 'react';
import { glossaryById } from '../data/content';
import { InlineTip } from './InlineTip';

export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossaryById.get(id);
  if (!entry) return <>{children}</>;
  return (
    <InlineTip
      className="term"
      data={{ 'data-term': id }}
      tip={
        <>
          <strong>{entry.term}.</strong> {entry.definition}
        </>
      }
    >
      {children ?? entry.term}
    </InlineTip>
  );
}
