// One bibliography entry, formatted the same way in a lesson's reference list and on the References
// page; its link opens in the system browser through the platform (allow-listed hosts only).
import type { Reference } from './manifest';
import { useAtlas } from '../app/atlas-context';

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

export function ReferenceEntry({ reference: ref }: { reference: Reference }) {
  const { platform, addNotice } = useAtlas();
  const url = referenceUrl(ref);
  return (
    <span className="reference" data-reference={ref.key}>
      {formatReference(ref)}{' '}
      <span className="reference-key">[{ref.key}]</span>
      {url && (
        <>
          {' '}
          <a
            href={url}
            className="external"
            onClick={(event) => {
              event.preventDefault();
              platform
                .openExternal(url)
                .then((opened) => !opened && addNotice({ tone: 'warning', text: `The link ${url} is not on the atlas's list of reference sites, so it was not opened.` }));
            }}
          >
            Open source<span className="visually-hidden"> (opens in your browser)</span>
          </a>
        </>
      )}
    </span>
  );
}
