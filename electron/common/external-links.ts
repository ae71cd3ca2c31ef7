// The allow-list for reference links opened outside the atlas (system browser): https only, no
// credentials, no custom ports, and only the hosts of the journals, registries and regulators we cite.
export const EXTERNAL_LINK_HOSTS: readonly string[] = Object.freeze([
  'doi.org',
  'pubmed.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
  'pmc.ncbi.nlm.nih.gov',
  'www.fda.gov',
  'www.ema.europa.eu',
  'clinicaltrials.gov',
  'www.nejm.org',
  'ashpublications.org',
  'www.thelancet.com',
  'elifesciences.org',
  'www.nature.com',
  'link.springer.com',
  'onlinelibrary.wiley.com',
  'academic.oup.com',
  'www.dovepress.com',
  'www.blincytohcp.com',
]);

/** True only for a well-formed https URL on an allow-listed host, without credentials or a port. */
export function isAllowedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && !url.username && !url.password && !url.port && EXTERNAL_LINK_HOSTS.includes(url.hostname);
}
