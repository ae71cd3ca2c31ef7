// Short forms of a reference for running text, one place for all of them: "Hoffmann 2005" (a figure's or a
// question's sources) and "Ribera JM 2015, OncoTargets and Therapy" (a numbered citation's tooltip). Authors
// that science.md does not confirm are never shown; the journal or document stands in for them.
import { referencesByKey, type Reference } from './content';

const authorsKnown = (ref: Reference) => !/unconfirmed/i.test(ref.authors);

/** "US prescribing information / www…" → "US prescribing information"; "Blood (ASH … abstracts)" → "Blood". */
const shortContainer = (ref: Reference) => ref.container.split(/ \/ | \(/)[0]!.trim();

/** The first author as written ("Ribera JM"), without "et al.". */
const firstAuthor = (ref: Reference) => (ref.authors.split(/[,;]/)[0] ?? '').replace(/\bet al\.?/, '').trim();

/** "Hoffmann 2005" for a reference key; the container when the first author is unknown; null for unknown keys. */
export function citeLabel(key: string): string | null {
  const ref = referencesByKey.get(key);
  if (!ref) return null;
  if (ref.kind === 'atlas') return 'atlas model';
  const who = authorsKnown(ref) ? firstAuthor(ref).split(/\s+/)[0] : shortContainer(ref);
  return `${who} ${ref.year}`;
}

/** "Ribera JM 2015, OncoTargets and Therapy", or "FDA approval summary: blinatumomab — Clinical Cancer Research 2015". */
export function shortReference(key: string): string {
  const ref = referencesByKey.get(key);
  if (!ref) return key;
  if (authorsKnown(ref)) return `${firstAuthor(ref)} ${ref.year}, ${ref.container}`;
  const title = ref.title.replace(/^\[(.*)\]$/, '$1');
  return `${title} — ${shortContainer(ref)} ${ref.year}`;
}

export function referenceUrl(ref: Reference): string | undefined {
  return ref.url ?? (ref.doi ? `https://doi.org/${ref.doi}` : undefined);
}

/** "Text." — adds a full stop unless the text already ends with one (or another closing mark). */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The citation as a reader sees it (authoring notes in references.yaml stay out of it). */
export function formatReference(ref: Reference): string {
  const authorsKnown = !/unconfirmed/i.test(ref.authors);
  const parts = [
    authorsKnown ? sentence(ref.authors) : '',
    sentence(ref.title),
    `${ref.container} ${ref.year}${ref.volume ? `;${ref.volume}` : ''}${ref.pages ? `:${ref.pages}` : ''}.`,
    ref.revised ? sentence(`Revision read: ${ref.revised}`) : '',
    ref.doi ? `doi:${ref.doi}.` : '',
    ref.pmid ? `PMID ${ref.pmid}.` : '',
    ref.pmcid ? `${ref.pmcid}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

