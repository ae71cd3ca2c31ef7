// Routes of the atlas (the screen part of the atlas state): parsing a hash path, never throwing, and
// building one. A hash is "#/<path>[?<state query>]"; the query (figure states) is the codec's business.

export type Route =
  | { name: 'home' }
  | { name: 'lesson'; slug: string; anchor?: string }
  /** A lesson laid out as a printable handout (A4, light, no controls); `notes`: with the speaker notes. */
  | { name: 'handout'; slug: string; notes?: boolean }
  | { name: 'glossary'; termId?: string }
  /** `key`: the reference to show (its entry is scrolled to and marked), e.g. #/references/topp2015. */
  | { name: 'references'; key?: string }
  /** The Model page; `anchor`: an element on it, e.g. param-kBm (a parameter's row) or target-CK-5. */
  | { name: 'model'; anchor?: string }
  | { name: 'settings' }
  /** The self-quiz: its home, or its statistics. */
  | { name: 'quiz'; view?: 'stats' }
  /** A lesson presented step by step: `step` counts from 1; `blackout` hides the screen (B). "#/present/<slug>/<step>[/black]". */
  | { name: 'present'; slug: string; step: number; blackout?: true }
  | { name: 'not-found'; path: string };

export type RouteName = Route['name'];

/** Splits "#/lesson/x?v=1&fig.a=b" into its path ("/lesson/x") and query ("v=1&fig.a=b", or null). */
export function splitHash(hash: string): { path: string; query: string | null } {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  return q < 0 ? { path: body, query: null } : { path: body.slice(0, q), query: body.slice(q + 1) };
}

/** decodeURIComponent that answers null instead of throwing on a malformed escape ("%E0%A4%A", "%"). */
export function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The route of a hash path ("/lesson/x/anchor"). A malformed or unknown path is the not-found route. */
export function parseRoutePath(path: string): Route {
  const raw = path.split('/').filter(Boolean);
  const parts = raw.map(safeDecode);
  if (parts.some((p) => p === null)) return { name: 'not-found', path: path.replace(/^\//, '') };
  const [first, second, third] = parts as string[];
  if (first === undefined) return { name: 'home' };
  switch (first) {
    case 'lesson':
      return second ? { name: 'lesson', slug: second, ...(third ? { anchor: third } : {}) } : { name: 'home' };
    case 'handout':
      if (!second || parts.length > 3 || (third !== undefined && third !== 'notes')) return { name: 'not-found', path: path.replace(/^\//, '') };
      return { name: 'handout', slug: second, ...(third ? { notes: true } : {}) };
    case 'glossary':
      return { name: 'glossary', ...(second ? { termId: second } : {}) };
    case 'references':
      if (parts.length > 2) return { name: 'not-found', path: path.replace(/^\//, '') };
      return { name: 'references', ...(second ? { key: second } : {}) };
    case 'model':
      if (parts.length > 2) return { name: 'not-found', path: path.replace(/^\//, '') };
      return { name: 'model', ...(second ? { anchor: second } : {}) };
    case 'settings':
      return parts.length === 1 ? { name: 'settings' } : { name: 'not-found', path: path.replace(/^\//, '') };
    case 'present': {
      if (!second || parts.length > 4) return { name: 'not-found', path: path.replace(/^\//, '') };
      if (third === undefined) return { name: 'present', slug: second, step: 1 };
      if (!/^[1-9]\d{0,3}$/.test(third) || (parts[3] !== undefined && parts[3] !== 'black')) return { name: 'not-found', path: path.replace(/^\//, '') };
      return { name: 'present', slug: second, step: Number(third), ...(parts[3] === 'black' ? { blackout: true as const } : {}) };
    }
    case 'quiz':
      if (parts.length === 1) return { name: 'quiz' };
      return parts.length === 2 && second === 'stats' ? { name: 'quiz', view: 'stats' } : { name: 'not-found', path: path.replace(/^\//, '') };
    default:
      return { name: 'not-found', path: path.replace(/^\//, '') };
  }
}

/** The route of a whole hash ("#/lesson/x?…"); the query is ignored here. */
export function parseRoute(hash: string): Route {
  return parseRoutePath(splitHash(hash).path);
}

/** "/lesson/x/anchor" for a route (the path part of its hash). */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'lesson':
      return `/lesson/${encodeURIComponent(route.slug)}${route.anchor ? `/${encodeURIComponent(route.anchor)}` : ''}`;
    case 'handout':
      return `/handout/${encodeURIComponent(route.slug)}${route.notes ? '/notes' : ''}`;
    case 'glossary':
      return `/glossary${route.termId ? `/${encodeURIComponent(route.termId)}` : ''}`;
    case 'references':
      return `/references${route.key ? `/${encodeURIComponent(route.key)}` : ''}`;
    case 'model':
      return `/model${route.anchor ? `/${encodeURIComponent(route.anchor)}` : ''}`;
    case 'settings':
      return '/settings';
    case 'quiz':
      return route.view ? `/quiz/${route.view}` : '/quiz';
    case 'present':
      return `/present/${encodeURIComponent(route.slug)}/${route.step}${route.blackout ? '/black' : ''}`;
    case 'not-found':
      return `/${route.path}`;
  }
}

export function routeHref(route: Route): string {
  return `#${routePath(route)}`;
}

/**
 * The address of a lesson's handout with the figures in the states `currentHash` (the lesson's address) gives them:
 * "#/lesson/x/section?v=1&fig.a=…" → "#/handout/x?v=1&fig.a=…".
 */
export function handoutHrefFrom(slug: string, currentHash: string): string {
  const { query } = splitHash(currentHash);
  return `${routeHref({ name: 'handout', slug })}${query ? `?${query}` : ''}`;
}

/** Whether two routes show the same screen (an anchor or a marked reference does not make another screen). */
export function sameScreen(a: Route, b: Route): boolean {
  if (a.name !== b.name) return false;
  if (a.name === 'lesson' && b.name === 'lesson') return a.slug === b.slug;
  if (a.name === 'handout' && b.name === 'handout') return a.slug === b.slug;
  // Each step of a presentation is a screen of its own (its figures start from the step's script); blackout is not.
  if (a.name === 'present' && b.name === 'present') return a.slug === b.slug && a.step === b.step;
  if (a.name === 'not-found' && b.name === 'not-found') return a.path === b.path;
  return true;
}

/** Goes to a route as a new history entry (Back returns to where the reader was). */
export function navigate(route: Route): void {
  const href = routeHref(route);
  if (window.location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = href;
}
