// A figure's "Sources:" line for readers: citation keys (e.g. hoffmann2005) become "Hoffmann 2005" with the
// full reference on hover and a link to the reference list; the rest of the text is kept as written.
import { Fragment, type ReactNode } from 'react';
import { referencesByKey } from '../data/content';
import { citeLabel, formatReference } from '../data/reference-labels';
import { routeHref } from '../state/route';

/** A short "Author Year" link to the reference's entry in the reference list, with the full reference on hover. */
export function ReferenceLink({ refKey }: { refKey: string }): ReactNode {
  const ref = referencesByKey.get(refKey);
  const label = citeLabel(refKey);
  if (!ref || !label) return refKey;
  return (
    <a href={routeHref({ name: 'references', key: refKey })} title={formatReference(ref)} data-reference-key={refKey}>
      {label}
    </a>
  );
}

/** Several references as "Hoffmann 2005, Halle 2016" links. */
export function ReferenceLinks({ keys }: { keys: readonly string[] }): ReactNode {
  return keys.map((key, i) => (
    <Fragment key={key}>
      {i > 0 && ', '}
      <ReferenceLink refKey={key} />
    </Fragment>
  ));
}

/**
 * The sources of a question, trial, case step or glossary entry as a sentence: "Source: Amgen 2025." or
 * "Sources: Hoffmann 2005, Halle 2016." (each a link to the reference list).
 */
export function Sources({ refs, as: Tag = 'span', className }: { refs: readonly string[]; as?: 'p' | 'span'; className?: string }): ReactNode {
  return (
    <Tag className={className}>
      {refs.length === 1 ? 'Source' : 'Sources'}: <ReferenceLinks keys={refs} />.
    </Tag>
  );
}

/** A figure's sources line as written (a string), with each citation key in it made a reference link. */
export function SourcesLine({ text }: { text: string }): ReactNode {
  const parts = text.split(/([a-z][a-z0-9-]*\d{4}[a-z]?|label-us|label-eu|atlas-model)/g);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0 || !citeLabel(part)) return part;
        return <ReferenceLink key={i} refKey={part} />;
      })}
    </>
  );
}
