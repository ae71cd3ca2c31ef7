// What the atlas state needs to know about a kind of figure: its state schema, defaults, pure reducer and
// how its state is written into a link and read back (short, readable "key:value" fields), validated.
import * as z from 'zod/mini';

/** A figure state could not be read from a link: `message` says which field and why. */
export class FigureStateError extends Error {
  /** The link field (or lesson attribute) at fault, when one is. */
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super(message);
    this.name = 'FigureStateError';
    this.field = field;
  }
}

export interface FigureKind<S = unknown, A = unknown> {
  /** The lesson component's name, e.g. "CytokineFigure". */
  component: string;
  /** Element id the figure has unless a lesson gives another ("fig-cytokine"). */
  defaultId: string;
  /** The state version this kind writes (part of the atlas state version). */
  schema: z.ZodMiniType<S>;
  defaults: S;
  reduce(state: S, action: A): S;
  /** The state's fields that differ from the defaults, as [key, value] text pairs (value chars: A–Z a–z 0–9 . _ + -). */
  encode(state: S): [string, string][];
  /** A state from link fields (starting from the defaults); throws FigureStateError naming the field. */
  decode(fields: ReadonlyMap<string, string>): S;
  /** Typed lesson attributes (already validated at build time) → the figure's starting state. */
  fromProps?(props: Record<string, unknown>): S;
  /** One line naming the state for captions, handouts and announcements ("high burden, flat 15 µg/m²/day, paused at 24 h"). */
  summary?(state: S): string;
}

export type AnyFigureKind = FigureKind<unknown, unknown>;

// ── A small field DSL most kinds use: each field is a path into the state with a text codec ──────────

export type FieldType =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'number'; min: number; max: number; quantum?: number }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'choice'; values: readonly number[] }
  | { kind: 'bool' }
  | { kind: 'list'; values: readonly string[] };

export interface FieldSpec {
  /** Key in the link ("b", "t", "treg"). */
  key: string;
  /** Path of the value in the state object. */
  path: readonly string[];
  type: FieldType;
  /** What the field is, for error messages ("burden", "time"). */
  label: string;
}

const VALUE = /^[A-Za-z0-9._+-]*$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function get(obj: unknown, path: readonly string[]): unknown {
  let v = obj;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

function set(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let target = obj;
  for (const p of path.slice(0, -1)) {
    const inner = target[p];
    const copy = inner && typeof inner === 'object' ? { ...(inner as Record<string, unknown>) } : {};
    target[p] = copy;
    target = copy;
  }
  target[path[path.length - 1]!] = value;
}

function decimals(quantum: number): number {
  return Math.min(9, Math.max(0, Math.ceil(-Math.log10(quantum)) + 2));
}

/** A number as a link writes it: exactly (shortest round-trip form), or on its grid when it has one. */
function formatNumber(value: number, quantum?: number): string {
  return quantum ? String(Number(value.toFixed(decimals(quantum)))) : String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The fields of `state` that differ from `defaults`, in spec order. */
export function encodeFields(state: unknown, defaults: unknown, specs: readonly FieldSpec[]): [string, string][] {
  const out: [string, string][] = [];
  for (const spec of specs) {
    const value = get(state, spec.path);
    if (sameValue(value, get(defaults, spec.path))) continue;
    switch (spec.type.kind) {
      case 'enum':
        out.push([spec.key, String(value)]);
        break;
      case 'number':
        out.push([spec.key, formatNumber(value as number, spec.type.quantum)]);
        break;
      case 'int':
      case 'choice':
        out.push([spec.key, String(value)]);
        break;
      case 'bool':
        out.push([spec.key, value ? '1' : '0']);
        break;
      case 'list':
        out.push([spec.key, (value as string[]).length ? (value as string[]).join('+') : '-']);
        break;
    }
  }
  return out;
}

/**
 * Every field of `state` in words, in spec order ("burden high; regimens drawn step, flat; time 1"): play state, speed
 * and optional settings left unset (e.g. parameter overrides) left out.
 */
export function describeFields(state: unknown, specs: readonly FieldSpec[]): string {
  return specs
    .filter((spec) => spec.key !== 'play' && spec.key !== 'speed' && get(state, spec.path) !== undefined)
    .map((spec) => {
      const value = get(state, spec.path);
      const text = Array.isArray(value) ? (value.length ? value.join(', ') : 'none') : typeof value === 'boolean' ? (value ? 'on' : 'off') : typeof value === 'number' ? formatNumber(value, spec.type.kind === 'number' ? spec.type.quantum : undefined) : String(value);
      return `${spec.label} ${text}`;
    })
    .join('; ');
}

/** A field as an error names it: its label and, where the link's key differs, the key ("time (“t”)", "burden"). */
function fieldName(spec: FieldSpec): string {
  return spec.label === spec.key ? `“${spec.key}”` : `${spec.label} (“${spec.key}”)`;
}

/** Reads `fields` over a copy of `defaults`; every field must be known and its value of the right kind. */
export function decodeFields<S>(fields: ReadonlyMap<string, string>, defaults: S, specs: readonly FieldSpec[]): S {
  const out = structuredClone(defaults) as Record<string, unknown>;
  for (const [key, raw] of fields) {
    const spec = specs.find((s) => s.key === key);
    if (!spec) throw new FigureStateError(`unknown setting “${key}” (known: ${specs.map((s) => s.key).join(', ')})`, key);
    const name = fieldName(spec);
    if (!VALUE.test(raw)) throw new FigureStateError(`${name} has characters a link never contains`, key);
    const type = spec.type;
    switch (type.kind) {
      case 'enum':
        if (!type.values.includes(raw)) throw new FigureStateError(`${name} must be one of ${type.values.join(', ')}, not “${raw}”`, key);
        set(out, spec.path, raw);
        break;
      case 'number':
      case 'int': {
        if (!NUMBER.test(raw)) throw new FigureStateError(`${name} must be a number, not “${raw}”`, key);
        let v = Number(raw);
        if (type.kind === 'int' && !Number.isInteger(v)) throw new FigureStateError(`${name} must be a whole number, not “${raw}”`, key);
        if (!Number.isFinite(v) || v < type.min || v > type.max) throw new FigureStateError(`${name} must be between ${type.min} and ${type.max}, not ${raw}`, key);
        if (type.kind === 'number' && type.quantum) v = Math.round(v / type.quantum) * type.quantum;
        set(out, spec.path, v);
        break;
      }
      case 'choice': {
        const v = Number(raw);
        if (!NUMBER.test(raw) || !type.values.includes(v)) throw new FigureStateError(`${name} must be one of ${type.values.join(', ')}, not “${raw}”`, key);
        set(out, spec.path, v);
        break;
      }
      case 'bool':
        if (raw !== '0' && raw !== '1') throw new FigureStateError(`${name} must be 0 or 1, not “${raw}”`, key);
        set(out, spec.path, raw === '1');
        break;
      case 'list': {
        const items = raw === '-' || raw === '' ? [] : raw.split('+');
        const bad = items.find((i) => !type.values.includes(i));
        if (bad !== undefined) throw new FigureStateError(`${name} may list ${type.values.join(', ')}, not “${bad}”`, key);
        if (new Set(items).size !== items.length) throw new FigureStateError(`${name} lists an item twice`, key);
        set(out, spec.path, type.values.filter((v) => items.includes(v)));
        break;
      }
    }
  }
  return out as S;
}

/** Parses with the kind's schema; a failure names the first problem's path. */
export function checkState<S>(schema: z.ZodMiniType<S>, value: unknown, label: string): S {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'state';
  throw new FigureStateError(`${label}: ${where} is not valid (${issue?.message ?? 'invalid'})`);
}

/** The time fields every animated figure writes: t (on its grid), playing, speed. */
export function timeFields(maxT: number, quantum: number, speeds: readonly number[]): FieldSpec[] {
  return [
    { key: 't', path: ['time', 't'], type: { kind: 'number', min: 0, max: maxT, quantum }, label: 'time' },
    { key: 'play', path: ['time', 'playing'], type: { kind: 'bool' }, label: 'playing' },
    { key: 'speed', path: ['time', 'speed'], type: { kind: 'choice', values: speeds }, label: 'speed' },
  ];
}

export interface FieldKindSpec<S, A> {
  component: string;
  defaultId: string;
  schema: z.ZodMiniType<S>;
  defaults: S;
  reduce(state: S, action: A): S;
  fields: readonly FieldSpec[];
  /** Checks that need more than one field (e.g. a time inside the chosen view): a message, or null. */
  check?(state: S): string | null;
  /** Brings a decoded state onto the figure's grid (e.g. its time into the chosen view). */
  normalize?(state: S): S;
  summary?(state: S): string;
}

/** A figure kind whose link and lesson attributes are the fields of `spec.fields`. */
export function defineFigureKind<S, A>(spec: FieldKindSpec<S, A>): FigureKind<S, A> & { fields: readonly FieldSpec[] } {
  const decode = (fields: ReadonlyMap<string, string>): S => {
    const raw = decodeFields(fields, spec.defaults, spec.fields);
    const state = checkState(spec.schema, raw, spec.component);
    const problem = spec.check?.(state);
    if (problem) throw new FigureStateError(problem);
    return spec.normalize ? spec.normalize(state) : state;
  };
  return {
    component: spec.component,
    defaultId: spec.defaultId,
    schema: spec.schema,
    defaults: spec.defaults,
    reduce: spec.reduce,
    fields: spec.fields,
    encode: (state) => encodeFields(state, spec.defaults, spec.fields),
    decode,
    fromProps: (props) => {
      const fields = new Map<string, string>();
      for (const f of spec.fields) {
        const v = props[f.key];
        if (typeof v === 'string') fields.set(f.key, v);
      }
      return decode(fields);
    },
    ...(spec.summary ? { summary: spec.summary } : {}),
  };
}
