// One bibliography entry, formatted the same way in a lesson's reference list and on the References
// page; its link opens in the system browser through the platform (allow-listed hosts only).
import type { Reference } from '../data/content';
import { formatReference, referenceUrl } from '../data/reference-labels';
import { useAtlas } from '../state/services';

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
