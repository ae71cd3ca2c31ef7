// One bibliography entry, formatted the same way in a lesson's reference list and on the References
// page; its link opens in the system browser through the platform (allow-listed hosts only).
import type { Reference } from './manifest';
import { useAtlas } from '../app/atlas-context';

export function referenceUrl(ref: Reference): string | undefined {
  return ref.url ?? (ref.doi ? `https://doi.org/${ref.doi}` : undefined);
}

export function ReferenceEntry({ reference: ref }: { reference: Reference }) {
  const { platform, addNotice } = useAtlas();
  const url = referenceUrl(ref);
  return (
    <span className="reference" data-reference={ref.key}>
      {ref.authors}. {ref.title}. <cite>{ref.container}</cite> {ref.year}
      {ref.volume ? `;${ref.volume}` : ''}
      {ref.pages ? `:${ref.pages}` : ''}.{ref.doi ? ` doi:${ref.doi}.` : ''}
      {ref.pmid ? ` PMID ${ref.pmid}.` : ''}
      {ref.note ? <span className="reference-note"> {ref.note}</span> : null}{' '}
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
