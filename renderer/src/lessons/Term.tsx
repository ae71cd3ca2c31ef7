// <Term id="scfv">…</Term>: a glossary term whose definition appears on hover and on keyboard focus (CSS,
// so it works from the first paint) and is announced as the term's description; Escape dismisses it.
import { useId, useState, type ReactNode } from 'react';
import { glossaryById } from './manifest';

export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossaryById.get(id);
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  if (!entry) return <>{children}</>;
  return (
    <span className="term-wrap" data-dismissed={dismissed || undefined} onMouseEnter={() => setDismissed(false)} onMouseLeave={() => setDismissed(false)}>
      <button
        type="button"
        className="term"
        data-term={id}
        aria-describedby={tipId}
        onBlur={() => setDismissed(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !dismissed) {
            event.stopPropagation();
            setDismissed(true);
          }
        }}
      >
        {children ?? entry.term}
      </button>
      <span role="tooltip" id={tipId} className="term-tip">
        <strong>{entry.term}.</strong> {entry.definition}
      </span>
    </span>
  );
}
