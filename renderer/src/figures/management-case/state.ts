// State of the management case (lesson 4): which case is open and the reader's walk through it (path,
// checked answers, current selection) — the reducer is tree.ts's; link fields validated against the case.
import * as z from 'zod/mini';
import { FigureStateError, type FigureKind } from '../../state/figure-kind';
import { MANAGEMENT_CASES, caseById } from './cases';
import { node, reduceCase, startProgress, type CaseAction, type CaseProgress } from './tree';

export interface CaseState {
  caseId: string;
  /** The walk through the open case. */
  progress: CaseProgress;
  /** Walks through the other cases the reader has started (kept while they switch; links carry the open case only). */
  others: Readonly<Record<string, CaseProgress>>;
}

export type CaseStateAction = { type: 'open'; caseId: string } | { type: 'case'; action: CaseAction } | { type: 'reset' };

const FIRST = MANAGEMENT_CASES[0]!;
export const CASE_DEFAULTS: CaseState = { caseId: FIRST.id, progress: startProgress(FIRST), others: {} };

export function reduceCaseState(state: CaseState, action: CaseStateAction): CaseState {
  switch (action.type) {
    case 'open': {
      if (state.caseId === action.caseId) return state;
      const data = caseById(action.caseId);
      const { [data.id]: kept, ...rest } = state.others;
      return { caseId: data.id, progress: kept ?? startProgress(data), others: { ...rest, [state.caseId]: state.progress } };
    }
    case 'case': {
      const progress = reduceCase(caseById(state.caseId), state.progress, action.action);
      return progress === state.progress ? state : { ...state, progress };
    }
    case 'reset':
      return CASE_DEFAULTS;
  }
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Checks a walk against its case: it starts at the case's start, each step follows a checked answer. */
export function checkWalk(state: CaseState): CaseState {
  const data = MANAGEMENT_CASES.find((c) => c.id === state.caseId);
  if (!data) throw new FigureStateError(`case (“case”) must be one of ${MANAGEMENT_CASES.map((c) => c.id).join(', ')}`);
  const { path, answers, selection } = state.progress;
  if (path[0] !== data.start) throw new FigureStateError(`the walk (“path”) must begin at “${data.start}”`);
  const replay = path.reduce<CaseProgress | null>((p, id, i) => {
    if (!p) return null;
    if (i === 0) return p;
    const previous = node(data, path[i - 1]!);
    if (previous.type !== 'question') throw new FigureStateError(`the walk (“path”) goes on after the outcome “${path[i - 1]}”`);
    const answer = answers[previous.id];
    if (answer === undefined) throw new FigureStateError(`the walk (“path”) leaves “${previous.id}” without an answer`);
    const checked = reduceCase(data, reduceCase(data, { ...p, selection: null }, { type: 'select', optionId: answer }), { type: 'check' });
    const next = reduceCase(data, checked, { type: 'continue' });
    if (next.path[next.path.length - 1] !== id) throw new FigureStateError(`answer “${answer}” to “${previous.id}” does not lead to “${id}”`);
    return next;
  }, startProgress(data));
  if (!replay) throw new FigureStateError('the walk could not be followed');
  const current = node(data, path[path.length - 1]!);
  const extra = Object.keys(answers).find((q) => !path.includes(q));
  if (extra) throw new FigureStateError(`an answer (“ans”) is given for “${extra}”, which is not on the walk`);
  if (current.type === 'question') {
    const own = answers[current.id];
    if (own !== undefined && !current.options.some((o) => o.id === own)) throw new FigureStateError(`“${own}” is not an option of “${current.id}”`);
    if (selection !== null && !current.options.some((o) => o.id === selection)) throw new FigureStateError(`the selection (“sel”) “${selection}” is not an option of “${current.id}”`);
  } else if (selection !== null) throw new FigureStateError('an outcome has no selection (“sel”)');
  return state;
}

const progressSchema = z.object({ caseId: z.string(), path: z.array(z.string()), answers: z.record(z.string(), z.string()), selection: z.nullable(z.string()) });
const schema = z.object({ caseId: z.string(), progress: progressSchema, others: z.record(z.string(), progressSchema) });

function listOf(raw: string, field: string): string[] {
  const items = raw === '' ? [] : raw.split('+');
  if (items.some((i) => !ID.test(i))) throw new FigureStateError(`${field} lists an id a case never has`);
  return items;
}

/** The fields of one walk (open case without prefix; each other started case as "o<n>-…"). */
function encodeWalk(progress: CaseProgress, prefix: string, writeCase: boolean): [string, string][] {
  const out: [string, string][] = [];
  const data = caseById(progress.caseId);
  if (writeCase) out.push([`${prefix}case`, progress.caseId]);
  const { path, answers, selection } = progress;
  if (path.length > 1 || path[0] !== data.start) out.push([`${prefix}path`, path.join('+')]);
  const ans = Object.entries(answers).map(([q, o]) => `${q}.${o}`);
  if (ans.length) out.push([`${prefix}ans`, ans.join('+')]);
  if (selection !== null) out.push([`${prefix}sel`, selection]);
  return out;
}

function decodeWalk(fields: ReadonlyMap<string, string>, prefix: string, defaultCase: string | null): CaseProgress {
  const caseId = fields.get(`${prefix}case`) ?? defaultCase;
  if (caseId === null) throw new FigureStateError(`“${prefix}case” is missing`);
  if (!ID.test(caseId) || !MANAGEMENT_CASES.some((c) => c.id === caseId)) throw new FigureStateError(`case (“${prefix}case”) must be one of ${MANAGEMENT_CASES.map((c) => c.id).join(', ')}`);
  const data = caseById(caseId);
  const pathText = fields.get(`${prefix}path`);
  const path = pathText !== undefined ? listOf(pathText, `the walk (“${prefix}path”)`) : [data.start];
  if (path.length === 0) throw new FigureStateError(`the walk (“${prefix}path”) is empty`);
  const answers: Record<string, string> = {};
  const ansText = fields.get(`${prefix}ans`);
  for (const pair of ansText ? ansText.split('+') : []) {
    const [q, o, extra] = pair.split('.');
    if (!q || !o || extra !== undefined || !ID.test(q) || !ID.test(o)) throw new FigureStateError(`each answer (“${prefix}ans”) is written question.option`);
    answers[q] = o;
  }
  const sel = fields.get(`${prefix}sel`);
  if (sel !== undefined && !ID.test(sel)) throw new FigureStateError(`the selection (“${prefix}sel”) is not an option id`);
  for (const id of path) if (!(id in data.nodes)) throw new FigureStateError(`case “${caseId}” has no step “${id}”`);
  const progress = { caseId, path, answers, selection: sel ?? null };
  checkWalk({ caseId, progress, others: {} });
  return progress;
}

const WALK_KEYS = ['case', 'path', 'ans', 'sel'];

export const caseKind: FigureKind<CaseState, CaseStateAction> = {
  component: 'ManagementCase',
  defaultId: 'fig-management-case',
  schema: schema as unknown as z.ZodMiniType<CaseState>,
  defaults: CASE_DEFAULTS,
  reduce: reduceCaseState,
  encode(state) {
    const out = encodeWalk(state.progress, '', state.caseId !== CASE_DEFAULTS.caseId);
    MANAGEMENT_CASES.filter((c) => c.id in state.others).forEach((c, i) => out.push(...encodeWalk(state.others[c.id]!, `o${i + 1}-`, true)));
    return out;
  },
  decode(fields) {
    const others: Record<string, CaseProgress> = {};
    const prefixes = new Set<string>();
    for (const key of fields.keys()) {
      const m = /^(o\d{1,2}-)?(case|path|ans|sel)$/.exec(key);
      if (!m) throw new FigureStateError(`unknown setting “${key}” (known: ${WALK_KEYS.join(', ')}, and o1-case … for other started cases)`);
      if (m[1]) prefixes.add(m[1]);
    }
    const progress = decodeWalk(fields, '', CASE_DEFAULTS.caseId);
    for (const prefix of prefixes) {
      const walk = decodeWalk(fields, prefix, null);
      if (walk.caseId === progress.caseId || walk.caseId in others) throw new FigureStateError(`case “${walk.caseId}” is given twice`);
      others[walk.caseId] = walk;
    }
    return { caseId: progress.caseId, progress, others };
  },
  fromProps(props) {
    const caseId = props.case;
    return typeof caseId === 'string' ? this.decode(new Map([['case', caseId]])) : CASE_DEFAULTS;
  },
  summary(state) {
    const steps = state.progress.path.length;
    return `${caseById(state.caseId).name}, ${steps === 1 ? 'at its first step' : `at step ${steps} of the walk`}`;
  },
};
