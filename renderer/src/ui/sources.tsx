// A figure's "Sources:" line for readers: citation keys (e.g. hoffmann2005) become "Hoffmann 2005" with the
// full reference on hover and a link to the reference list; the rest of the text is kept as written.
import type { ReactNode } from 'react';
import { referencesByKey } from '../lessons/manifest';
import { formatReference } from '../lessons/ReferenceEntry';
import { routeHref } from '../app/router';

/** "Hoffmann 2005" for a reference key (the container's name when the first author is unknown). */
export function citeLabel(key: string): string | null {
  const ref = referencesByKey.get(key);
  if (!ref) return null;
  if (ref.kind === 'atlas') return 'atlas model';
  const first = /unconfirmed/i.test(ref.authors) ? ref.container : (ref.authors.split(/[,;]/)[0] ?? '').replace(/\bet al\.?/, '').trim().split(/\s+/)[0];
  return `${first} ${ref.year}`;
}

export function SourcesLine({ text }: { text: string }): ReactNode {
  const parts = text.split(/([a-z][a-z0-9-]*\d{4}[a-z]?|label-us|label-eu|atlas-model)/g);
  return (
    <>
      {parts.map((part, i) => {
        const label = i % 2 === 1 ? citeLabel(part) : null;
        if (!label) return part;
        return (
          <a key={i} href={routeHref({ name: 'references' })} title={formatReference(referencesByKey.get(part)!)} data-reference-key={part}>
            {label}
          </a>
        );
      })}
    </>
  );
}
