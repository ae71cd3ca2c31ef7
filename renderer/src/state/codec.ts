// The atlas state ⇄ the address: "#/lesson/<slug>[/<section>]?v=1&fig.<figure>=<key>:<value>,…". Readable,
// short (only what differs from a figure's defaults), versioned, and strict: a link is applied whole or not
// at all, and a bad one yields a message naming what is wrong (never an exception).
import { FigureStateError, type AnyFigureKind } from './figure-kind';
import { parseRoutePath, routePath, splitHash, type Route } from './route';
import { STATE_VERSION, type AtlasState, type FigureEntry } from './store';

export interface CodecContext {
  /** Figure kinds by component name. */
  kinds: ReadonlyMap<string, AnyFigureKind>;
  /** The figures a screen shows (element id → component name), or null when the screen does not exist. */
  figuresOn(route: Route): ReadonlyMap<string, string> | null;
}

/** Longest address the atlas reads (a state link is a few hundred characters). */
export const MAX_HASH_LENGTH = 2000;

export type DecodedLink =
  | { ok: true; route: Route; figures: Record<string, FigureEntry>; stateLink: boolean }
  | { ok: false; message: string };

const FIG_PREFIX = 'fig-';

/** "fig-cytokine" → "cytokine" (the key in a link); other ids are used as they are. */
export function figureKey(id: string): string {
  return id.startsWith(FIG_PREFIX) ? id.slice(FIG_PREFIX.length) : id;
}

function encodeFigure(entry: FigureEntry, kind: AnyFigureKind): string {
  return kind
    .encode(entry.state)
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
}

/** The address of a state: its route, and — when any figure was changed — the figures' states. */
export function encodeAtlasHash(state: Pick<AtlasState, 'route' | 'figures'>, ctx: CodecContext): string {
  const path = routePath(state.route);
  const params: string[] = [];
  const order = ctx.figuresOn(state.route);
  const ids = Object.keys(state.figures).sort((a, b) => indexIn(order, a) - indexIn(order, b) || a.localeCompare(b));
  for (const id of ids) {
    const entry = state.figures[id]!;
    const kind = ctx.kinds.get(entry.kind);
    if (!kind) continue;
    params.push(`fig.${figureKey(id)}=${encodeFigure(entry, kind)}`);
  }
  return params.length ? `#${path}?v=${STATE_VERSION}&${params.join('&')}` : `#${path}`;
}

function indexIn(order: ReadonlyMap<string, string> | null, id: string): number {
  if (!order) return 0;
  const i = [...order.keys()].indexOf(id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

function fail(message: string): DecodedLink {
  return { ok: false, message };
}

/** Reads an address. Plain routes always decode (an unknown one is the not-found route); state links are checked whole. */
export function decodeAtlasHash(hash: string, ctx: CodecContext): DecodedLink {
  if (hash.length > MAX_HASH_LENGTH) return fail(`the address is ${hash.length} characters long; the atlas reads at most ${MAX_HASH_LENGTH}`);
  const { path, query } = splitHash(hash);
  const route = parseRoutePath(path);
  if (query === null) return { ok: true, route, figures: {}, stateLink: false };

  const params = new Map<string, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) return fail(`“${shorten(name)}” is not a setting a link can carry`);
    if (params.has(name)) return fail(`“${name}” appears twice`);
    params.set(name, value);
  }
  const version = params.get('v');
  if (version === undefined) return fail('the link has no state version (v=…): it may have been cut short');
  if (version !== String(STATE_VERSION)) {
    return fail(/^\d+$/.test(version) ? `the link was made for atlas state version ${version}; this atlas reads version ${STATE_VERSION}` : `the state version “${shorten(version)}” is not a number`);
  }
  if (route.name === 'not-found') return fail(`there is no screen “${shorten(route.path)}” in this atlas`);
  const onScreen = ctx.figuresOn(route);
  if (!onScreen) return fail(route.name === 'lesson' || route.name === 'present' ? `there is no lesson “${shorten(route.slug)}” in this atlas` : 'this screen has no figures');

  const figures: Record<string, FigureEntry> = {};
  for (const [name, value] of params) {
    if (name === 'v') continue;
    if (!name.startsWith('fig.')) return fail(`“${shorten(name)}” is not a setting a link can carry`);
    const key = name.slice(4);
    const id = [...onScreen.keys()].find((candidate) => figureKey(candidate) === key);
    if (!id) return fail(`this screen has no figure “${shorten(key)}”`);
    const component = onScreen.get(id)!;
    const kind = ctx.kinds.get(component);
    if (!kind) return fail(`the figure “${key}” cannot be set by a link`);
    const fields = new Map<string, string>();
    for (const pair of value === '' ? [] : value.split(',')) {
      const colon = pair.indexOf(':');
      const k = colon < 0 ? pair : pair.slice(0, colon);
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(k)) return fail(`figure “${key}”: “${shorten(k)}” is not a setting of this figure`);
      if (fields.has(k)) return fail(`figure “${key}”: “${shorten(k)}” appears twice`);
      fields.set(k, colon < 0 ? '' : pair.slice(colon + 1));
    }
    try {
      figures[id] = { kind: component, state: kind.decode(fields) };
    } catch (error) {
      if (error instanceof FigureStateError) return fail(`figure “${key}”: ${error.message}`);
      return fail(`figure “${key}” could not be read`);
    }
  }
  return { ok: true, route, figures, stateLink: true };
}

/** Keeps a quoted piece of a bad link short and free of markup-looking characters. */
function shorten(text: string): string {
  const clean = text.replace(/[<>"'`]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
