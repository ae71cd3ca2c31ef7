// <Term id="scfv">…</Term>: a glossary term whose definition appears on hover and on keyboard focus
// (and is announced as the term's description); Escape hides it.
import { useId, useState, type ReactNode } from 'react';
import { glossaryById } from './manifest';

export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossaryById.get(id);
  const tipId = useId();
  const [open, setOpen] = useState(false);
  if (!entry) return <>{children}</>;
  return (
    <span className="term-wrap" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="term"
        data-term={id}
        aria-describedby={tipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children ?? entry.term}
      </button>
      <span role="tooltip" id={tipId} className="term-tip" hidden={!open}>
        <strong>{entry.term}.</strong> {entry.definition}
      </span>
    </span>
  );
}
