// bite-atlas:// links (from a browser, an e-mail, a handout's QR code) and the atlas routes they may open. Strict
// on purpose: the scheme, a short length cap, and only a hash route is passed on to the renderer, which decodes it
// with its own codec. Never imports 'electron' (the IPC event schema uses isAtlasRoute too).
//
// Accepted forms (documented in README "Deep links"):
//   bite-atlas://open/#/lesson/serial-lysis   → #/lesson/serial-lysis   (the route after "open/", as in the window)
//   bite-atlas://lesson/serial-lysis          → #/lesson/serial-lysis   (the route without "#/")
//   bite-atlas://open  or  bite-atlas://      → #/                      (home)

export const DEEP_LINK_SCHEME = 'bite-atlas';
/** Longest link accepted, in characters (the route the renderer receives is shorter still). */
export const MAX_DEEP_LINK_LENGTH = 1024;

/**
 * A route as the renderer's hash holds it: "#/" and then only URL fragment characters (RFC 3986), percent-escapes
 * allowed except of control characters; no second "#", no spaces, no quotes or angle brackets.
 */
const ROUTE = /^#\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%(?![01][0-9A-Fa-f]|7[Ff])[0-9A-Fa-f]{2})*$/;

export function isAtlasRoute(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_DEEP_LINK_LENGTH && ROUTE.test(value);
}

/** The route a bite-atlas:// link opens ("#/…"), or null when the link is not one the atlas accepts. */
export function parseDeepLink(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_DEEP_LINK_LENGTH) return null;
  const match = /^bite-atlas:\/\/(.*)$/is.exec(raw);
  if (!match) return null;
  const rest = match[1];
  const open = /^open\/?(#.*)?$/s.exec(rest);
  let route: string;
  if (open) route = open[1] ?? '#/';
  else if (rest.includes('#') || /^open(?:[/?]|$)/.test(rest)) return null;
  else route = `#/${rest}`;
  if (route === '#') route = '#/';
  return isAtlasRoute(route) ? route : null;
}

/** The first command-line argument that is a bite-atlas:// link (how Windows and Linux hand a link to the app). */
export function findDeepLinkArgument(argv: readonly string[]): string | undefined {
  return argv.find((arg) => typeof arg === 'string' && arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`));
}
