// Words and numbers for the serial-lysis figure: a summary of the micro-world's state, the screen-reader
// description generated from it, and the data-table alternative. Pure functions, no DOM.
import { AGENT_KIND, CELL_STATE, T_STATE, type AgentKind, type LysisWorld } from '../../model';
import type { FigureTable } from '../../ui/FigureFrame';
import { PATIENT_REGIMEN, etOption, formatPgPerMl, formatWellTime, type LysisFigureSettings } from './scenario';

export interface KindCounts {
  total: number;
  /** Alive and not in a synapse. */
  free: number;
  /** Alive, held in a synapse by a T cell. */
  engaged: number;
  dying: number;
  dead: number;
}

export interface WorldSummary {
  minutes: number;
  tCells: { total: number; searching: number; inSynapse: number; rearming: number };
  targets: KindCounts;
  escape: KindCounts;
  bystanders: KindCounts;
  kills: {
    total: number;
    min: number;
    max: number;
    mean: number;
    /** histogram[k] = T cells with exactly k kills (0 ≤ k ≤ max). */
    histogram: number[];
  };
  /** The highlighted T cell, if any. */
  tracked: { kills: number; inSynapse: boolean } | null;
}

/** The cells of one (non-T) kind by state. */
function countsOf(world: LysisWorld, kind: AgentKind): KindCounts {
  const { from, to } = world.agentsOf(kind);
  const c: KindCounts = { total: to - from, free: 0, engaged: 0, dying: 0, dead: 0 };
  for (let i = from; i < to; i++) {
    const state = world.state[i];
    if (state === CELL_STATE.ALIVE) c.free++;
    else if (state === CELL_STATE.ENGAGED) c.engaged++;
    else if (state === CELL_STATE.DYING) c.dying++;
    else c.dead++;
  }
  return c;
}

/** Counts every kind and state of the world as it is now (allocates; call at most a few times a second). */
export function summarizeWorld(world: LysisWorld, trackedIndex = -1): WorldSummary {
  const tCells = { total: world.nT, searching: 0, inSynapse: 0, rearming: 0 };
  let min = Infinity;
  let max = 0;
  let total = 0;
  for (let i = 0; i < world.nT; i++) {
    const state = world.state[i];
    if (state === T_STATE.SYNAPSE) tCells.inSynapse++;
    else if (state === T_STATE.RECOVERING) tCells.rearming++;
    else tCells.searching++;
    const k = world.killCount[i]!;
    total += k;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const histogram = new Array<number>(max + 1).fill(0);
  for (let i = 0; i < world.nT; i++) histogram[world.killCount[i]!]!++;
  const tracked =
    trackedIndex >= 0 && trackedIndex < world.nT
      ? { kills: world.killCount[trackedIndex]!, inSynapse: world.state[trackedIndex] === T_STATE.SYNAPSE }
      : null;
  return {
    minutes: world.timeMinutes,
    tCells,
    targets: countsOf(world, AGENT_KIND.CD19),
    escape: countsOf(world, AGENT_KIND.ESCAPE),
    bystanders: countsOf(world, AGENT_KIND.BYSTANDER),
    kills: { total, min: tCells.total > 0 ? min : 0, max, mean: tCells.total > 0 ? total / tCells.total : 0, histogram },
    tracked,
  };
}

/** Percentage of the targets killed so far (dying cells count as killed, as in the model's counters). */
export function killedPct(s: WorldSummary): number {
  return s.targets.total > 0 ? (100 * (s.targets.dying + s.targets.dead)) / s.targets.total : 0;
}

export function formatPct(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v > 0 && v < 1) return v < 0.1 ? '< 0.1 %' : `${v.toFixed(1)} %`;
  if (v < 100 && v > 99) return `${v.toFixed(1)} %`;
  return `${Math.round(v)} %`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export interface DescribeInput {
  settings: LysisFigureSettings;
  summary: WorldSummary;
  /** Drug level now [pg/mL] and the killing engagement Ek (0–1) and Treg brake fT (0–1). */
  concentrationPgPerMl: number;
  ek: number;
  fT: number;
  /** The population model's prediction of targets killed at this time [%]. */
  predictedKilledPct: number;
  /** Whether one T cell is highlighted. */
  highlight: boolean;
  /** Population model: blood T cells at day 21 as a multiple of baseline (MRD scenario, reader's Treg). */
  tCellFoldDay21: number | null;
  /** Regimen the expansion chart uses. */
  expansionRegimen: string;
  /** The clock's time [min] as the time controls show it (default: the world's own time). */
  minutes?: number;
}

/** Where the drug level comes from, in words. */
export function drugPhrase(settings: LysisFigureSettings, concentrationPgPerMl: number, ek: number): string {
  const ekText = `killing engagement Ek ${formatPct(100 * ek)}`;
  if (settings.drugMode === 'fixed') return `at ${formatPgPerMl(concentrationPgPerMl)} (${ekText})`;
  return `in a patient from day ${settings.treatmentDay} of ${PATIENT_REGIMEN} (drug now ${formatPgPerMl(concentrationPgPerMl)}, ${ekText})`;
}

/**
 * The description of the current state, e.g. "After 6 h 00 min at 100 pg/mL (killing engagement Ek 83 %),
 * E:T 1:5, Treg 5 % (brake fT 94 %): 41 % of the 347 CD19⁺ blasts killed (population model: 45 %); …".
 */
export function describeSerialLysis(input: DescribeInput): string {
  const { settings, summary: s } = input;
  const parts: string[] = [];
  const minutes = input.minutes ?? s.minutes;
  const head = Math.round(minutes) > 0 ? `After ${formatWellTime(minutes)}` : 'At the start';
  parts.push(
    `${head} ${drugPhrase(settings, input.concentrationPgPerMl, input.ek)}, E:T ${etOption(settings.etId).label}, Treg ${settings.tregPct} % (brake fT ${formatPct(100 * input.fT)} of full speed): ` +
      `${formatPct(killedPct(s))} of the ${plural(s.targets.total, 'CD19⁺ blast', 'CD19⁺ blasts')} killed ` +
      `(the population model's killing term — kSerial·Ek·fT kills per T cell per day, slowed by searching when blasts are scarce — predicts ${formatPct(input.predictedKilledPct)} for this well).`,
  );
  const k = s.kills;
  parts.push(
    k.max === 0
      ? `No T cell has killed yet; ${plural(s.tCells.inSynapse, 'T cell is', 'T cells are')} in a synapse.`
      : `The ${plural(s.tCells.total, 'T cell has', 'T cells have')} made ${k.min}–${k.max} kills each (mean ${k.mean.toFixed(1)}); ${plural(s.tCells.inSynapse, 'is', 'are')} in a synapse now.`,
  );
  const spared: string[] = [];
  if (s.escape.total > 0) spared.push(`the ${plural(s.escape.total, 'escape-clone cell', 'escape-clone cells')} (CD19⁻)`);
  if (s.bystanders.total > 0) spared.push(`the ${plural(s.bystanders.total, 'CD19⁻ bystander', 'CD19⁻ bystanders')}`);
  if (spared.length > 0) {
    const untouched = s.escape.dead + s.escape.dying + s.bystanders.dead + s.bystanders.dying === 0;
    parts.push(`${capitalize(spared.join(' and '))} ${untouched ? 'are untouched' : 'are partly dead'}.`);
  }
  if (s.escape.total > 0 && s.targets.free + s.targets.engaged === 0) {
    parts.push('Every CD19⁺ blast is gone: the surviving leukaemic cells are all the CD19⁻ clone.');
  }
  if (input.highlight && s.tracked) {
    parts.push(`The highlighted T cell has made ${plural(s.tracked.kills, 'kill', 'kills')}${s.tracked.inSynapse ? ' and is in a synapse' : ''}.`);
  }
  if (input.tCellFoldDay21 !== null) {
    parts.push(
      `Over days (population model, MRD patient on ${input.expansionRegimen}, Treg ${settings.tregPct} %): blood T cells reach ${input.tCellFoldDay21.toFixed(1)} × baseline by day 21.`,
    );
  }
  return parts.join(' ');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Highest kill count given its own row in the table; more are pooled as "≥". */
export const TABLE_MAX_KILL_ROWS = 10;

/** The data table: per kind alive / in a synapse / dying / dead, then how many T cells made k kills (k with any T cells). */
export function lysisTable(s: WorldSummary, minutes = s.minutes): FigureTable {
  const dash = '—';
  const row = (name: string, c: KindCounts): (string | number)[] => [name, c.total, c.free, c.engaged, c.dying, c.dead];
  const rows: (string | number)[][] = [
    ['T cells', s.tCells.total, s.tCells.searching + s.tCells.rearming, s.tCells.inSynapse, dash, dash],
    row('CD19⁺ blasts (targets)', s.targets),
  ];
  if (s.escape.total > 0) rows.push(row('CD19⁻ escape clone', s.escape));
  rows.push(row('CD19⁻ bystanders', s.bystanders));
  const h = s.kills.histogram;
  for (let k = 0; k < h.length && k < TABLE_MAX_KILL_ROWS; k++) {
    if (h[k] === 0) continue;
    rows.push([`T cells with ${k} ${k === 1 ? 'kill' : 'kills'}`, h[k]!, dash, dash, dash, dash]);
  }
  if (h.length > TABLE_MAX_KILL_ROWS) {
    const rest = h.slice(TABLE_MAX_KILL_ROWS).reduce((a, b) => a + b, 0);
    if (rest > 0) rows.push([`T cells with ${TABLE_MAX_KILL_ROWS} or more kills`, rest, dash, dash, dash, dash]);
  }
  return {
    caption: `Cells of the micro-world after ${formatWellTime(minutes)}, by kind and state, and how many T cells have made each number of kills (total ${s.kills.total} kills; kill counts no T cell has are left out).`,
    columns: ['Cells', 'Number', 'Alive, free', 'In a synapse', 'Dying', 'Dead (debris)'],
    rows,
  };
}
