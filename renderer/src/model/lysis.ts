// Agent-based serial-lysis micro-model (MODEL.md §9): T cells and CD19⁺/CD19⁻ cells moving in 2-D.
// Seeded and deterministic; reads kSerial, ec50Kill, the Treg brake and the PK from the shared model.

import { ModelInputError, requireFinite, requireNonNegative, requirePositive } from './errors';
import { type ParameterValues, resolveParameters } from './parameters';
import { concentrationAt, killingEngagement, tregBrake } from './pk';
import { Mulberry32 } from './prng';
import { buildSchedule, type Interruption, type RateSchedule, type RegimenInput } from './regimens';

/** Agent kinds (values of LysisWorld.kind). */
export const AGENT_KIND = Object.freeze({ T: 0, CD19: 1, BYSTANDER: 2, ESCAPE: 3 } as const);
export type AgentKind = (typeof AGENT_KIND)[keyof typeof AGENT_KIND];
/** States of T cells (LysisWorld.state for kind T). */
export const T_STATE = Object.freeze({ SEARCHING: 0, SYNAPSE: 1, RECOVERING: 2 } as const);
/** States of the other cells (LysisWorld.state for kinds CD19, BYSTANDER, ESCAPE). */
export const CELL_STATE = Object.freeze({ ALIVE: 0, ENGAGED: 1, DYING: 2, DEAD: 3 } as const);

/** Geometry and motility of the micro-model (teaching choices; see README). */
export interface LysisSettings {
  /** T-cell crawling speed [µm/min] (2-D in vitro: ~10). */
  tSpeedUmPerMin: number;
  /** Speed of the other cells [µm/min] (blasts are barely motile). */
  cellSpeedUmPerMin: number;
  /** Centre distance at which a T cell touches another cell [µm]. */
  contactDistanceUm: number;
  /** Rotational diffusion of the direction of motion [rad²/min] (persistence of crawling). */
  turnDiffusionPerMin: number;
  /** Share of the kill cycle spent in the synapse (the rest is detachment and re-arming). */
  synapseShare: number;
  /** Relative spread (±) of synapse and re-arming durations around their means. */
  durationJitter: number;
  /** Minutes a killed cell stays visible as apoptotic before it counts as debris. */
  dyingMinutes: number;
  /** Largest internal sub-step [min] (contacts are checked every sub-step). */
  maxSubstepMinutes: number;
  /** Area per agent when width/height are not given [µm²] (a dense well bottom). */
  areaPerAgentUm2: number;
}

export const DEFAULT_LYSIS_SETTINGS: Readonly<LysisSettings> = Object.freeze({
  tSpeedUmPerMin: 10,
  cellSpeedUmPerMin: 0.5,
  contactDistanceUm: 10,
  turnDiffusionPerMin: 0.2,
  synapseShare: 0.2,
  durationJitter: 0.25,
  dyingMinutes: 30,
  maxSubstepMinutes: 0.5,
  areaPerAgentUm2: 180,
});

export interface LysisWorldOptions {
  /** PRNG seed: same seed + same inputs + same steps → identical states. */
  readonly seed: number;
  /** Effector:target ratio, T cells per leukaemic target (1:5 → 0.2). */
  readonly effectorToTarget: number;
  /** Number of T cells. */
  readonly nT: number;
  /** Constant drug level [pg/mL] (in-vitro well). Either this or `regimen`. */
  readonly concentrationPgPerMl?: number;
  /** A regimen: the drug level follows the model's PK from `startDay` on. */
  readonly regimen?: RegimenInput;
  /** Model day at which the micro-world's clock starts (with `regimen`). Default 0. */
  readonly startDay?: number;
  readonly interruptions?: readonly Interruption[];
  /** Regulatory T cells, % of CD4⁺ (sets `treg`). */
  readonly tregPct?: number;
  /** Share of the leukaemic targets that are a CD19⁻ escape clone (0–1). */
  readonly escapeFraction?: number;
  /** CD19⁻ bystander cells, as a multiple of the leukaemic target count. */
  readonly bystanderFraction?: number;
  readonly widthUm?: number;
  readonly heightUm?: number;
  /** Overrides of the shared parameter table (§4). */
  readonly parameters?: Readonly<Partial<ParameterValues>>;
  readonly settings?: Readonly<Partial<LysisSettings>>;
}

export interface LysisCounters {
  timeMinutes: number;
  concentrationPgPerMl: number;
  /** Killing engagement Ek(C) — also the probability that a contact engages. */
  ek: number;
  /** Treg brake fT. */
  fT: number;
  /** kSerial·Ek·fT: the kill rate per engaged T cell the model is tuned to [kills/day]. */
  expectedKillsPerEngagedTCellPerDay: number;
  targetsInitial: number;
  /** CD19⁺ targets alive (free or in a synapse). */
  targetsAlive: number;
  targetsKilled: number;
  escapeAlive: number;
  bystandersAlive: number;
  kills: number;
  /** T cells currently in a synapse. */
  tCellsInSynapse: number;
  /** T cells that have engaged at least once. */
  tCellsEverEngaged: number;
  meanKillsPerTCell: number;
  /** Σ over T cells of the time since their first engagement [min]. */
  engagedTCellMinutes: number;
  /** kills / engaged T-cell time, per day. */
  killsPerEngagedTCellPerDay: number;
}

/** A complete copy of a world's state; restore() makes the world continue exactly from it. */
export interface LysisSnapshot {
  readonly timeMinutes: number;
  readonly rngState: number;
  readonly kills: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly ux: Float64Array;
  readonly uy: Float64Array;
  readonly state: Uint8Array;
  readonly partner: Int32Array;
  readonly timer: Float64Array;
  readonly killCount: Uint16Array;
  readonly lastTried: Int32Array;
  readonly firstEngagedMinutes: Float64Array;
}

const MINUTES_PER_DAY = 1440;

export class LysisWorld {
  readonly widthUm: number;
  readonly heightUm: number;
  /** Agent count; T cells first, then CD19⁺ targets, escape clone, bystanders. */
  readonly count: number;
  readonly nT: number;
  readonly nTargets: number;
  readonly nEscape: number;
  readonly nBystanders: number;
  readonly settings: Readonly<LysisSettings>;
  readonly parameters: Readonly<ParameterValues>;
  readonly fT: number;

  /** Positions [µm]. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Unit direction of motion. */
  readonly ux: Float64Array;
  readonly uy: Float64Array;
  /** AGENT_KIND per agent. */
  readonly kind: Uint8Array;
  /** T_STATE (T cells) or CELL_STATE (others) per agent. */
  readonly state: Uint8Array;
  /** Synapse partner index or −1. */
  readonly partner: Int32Array;
  /** Minutes left in the current timed phase (synapse, re-arming, dying). */
  readonly timer: Float64Array;
  /** Kills per T cell. */
  readonly killCount: Uint16Array;

  private readonly lastTried: Int32Array;
  private readonly firstEngagedMinutes: Float64Array;
  private readonly rng: Mulberry32;
  private time = 0;
  private killsTotal = 0;
  private readonly constantC: number | null;
  private readonly schedule: RateSchedule | null;
  private readonly startDay: number;
  // uniform contact grid (rebuilt every sub-step)
  private readonly gridW: number;
  private readonly gridH: number;
  private readonly cellW: number;
  private readonly cellH: number;
  private readonly cellStart: Int32Array;
  private readonly cellItems: Int32Array;
  private readonly cellOf: Int32Array;
  private readonly cellCursor: Int32Array;

  constructor(options: LysisWorldOptions) {
    if (options === null || typeof options !== 'object') throw new ModelInputError('options', 'must be an object');
    const seed = requireFinite('seed', options.seed);
    const et = requirePositive('effectorToTarget', options.effectorToTarget);
    const nT = requireNonNegative('nT', options.nT);
    if (!Number.isInteger(nT)) throw new ModelInputError('nT', `must be a whole number (got ${nT})`);
    const escapeFraction = options.escapeFraction === undefined ? 0 : requireNonNegative('escapeFraction', options.escapeFraction);
    if (escapeFraction > 1) throw new ModelInputError('escapeFraction', `must be ≤ 1 (got ${escapeFraction})`);
    const bystanderFraction = options.bystanderFraction === undefined ? 0 : requireNonNegative('bystanderFraction', options.bystanderFraction);
    const settings: LysisSettings = { ...DEFAULT_LYSIS_SETTINGS };
    for (const [k, v] of Object.entries(options.settings ?? {})) {
      if (!(k in DEFAULT_LYSIS_SETTINGS)) throw new ModelInputError(`settings.${k}`, 'unknown setting');
      (settings as unknown as Record<string, number>)[k] = requireNonNegative(`settings.${k}`, v);
    }
    requirePositive('settings.maxSubstepMinutes', settings.maxSubstepMinutes);
    requirePositive('settings.contactDistanceUm', settings.contactDistanceUm);
    if (settings.synapseShare <= 0 || settings.synapseShare >= 1) throw new ModelInputError('settings.synapseShare', 'must be between 0 and 1');
    if (settings.durationJitter >= 1) throw new ModelInputError('settings.durationJitter', 'must be below 1');
    this.settings = Object.freeze(settings);

    const overrides: Record<string, number> = { ...(options.parameters ?? {}) } as Record<string, number>;
    if (options.tregPct !== undefined) overrides['treg'] = requireNonNegative('tregPct', options.tregPct);
    const params = resolveParameters(overrides);
    this.parameters = Object.freeze(params);
    this.fT = tregBrake(params);

    if (options.concentrationPgPerMl !== undefined && options.regimen !== undefined) {
      throw new ModelInputError('concentrationPgPerMl', 'give either a constant concentration or a regimen, not both');
    }
    this.startDay = options.startDay === undefined ? 0 : requireNonNegative('startDay', options.startDay);
    if (options.concentrationPgPerMl !== undefined) {
      this.constantC = requireNonNegative('concentrationPgPerMl', options.concentrationPgPerMl);
      this.schedule = null;
    } else if (options.regimen !== undefined) {
      this.constantC = null;
      this.schedule = buildSchedule(options.regimen, params.bsa, this.startDay + 400, options.interruptions);
    } else {
      throw new ModelInputError('concentrationPgPerMl', 'needs a constant concentration or a regimen');
    }

    const leukaemic = Math.round(nT / et);
    this.nT = nT;
    this.nEscape = Math.round(leukaemic * escapeFraction);
    this.nTargets = leukaemic - this.nEscape;
    this.nBystanders = Math.round(leukaemic * bystanderFraction);
    this.count = nT + this.nTargets + this.nEscape + this.nBystanders;
    if (this.count > 200_000) throw new ModelInputError('nT', 'too many agents (over 200 000)');
    const side = Math.sqrt(Math.max(1, this.count) * settings.areaPerAgentUm2);
    this.widthUm = options.widthUm === undefined ? side : requirePositive('widthUm', options.widthUm);
    this.heightUm = options.heightUm === undefined ? side : requirePositive('heightUm', options.heightUm);

    const n = this.count;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.ux = new Float64Array(n);
    this.uy = new Float64Array(n);
    this.kind = new Uint8Array(n);
    this.state = new Uint8Array(n);
    this.partner = new Int32Array(n).fill(-1);
    this.timer = new Float64Array(n);
    this.killCount = new Uint16Array(n);
    this.lastTried = new Int32Array(n).fill(-1);
    this.firstEngagedMinutes = new Float64Array(n).fill(-1);
    for (const kind of [AGENT_KIND.T, AGENT_KIND.CD19, AGENT_KIND.ESCAPE, AGENT_KIND.BYSTANDER]) {
      const { from, to } = this.agentsOf(kind);
      this.kind.fill(kind, from, to);
    }

    this.rng = new Mulberry32(seed);
    for (let i = 0; i < n; i++) {
      this.x[i] = this.rng.next() * this.widthUm;
      this.y[i] = this.rng.next() * this.heightUm;
      // random direction by rejection sampling in the unit disc (no trigonometry: bit-reproducible)
      let vx: number;
      let vy: number;
      let r2: number;
      do {
        vx = 2 * this.rng.next() - 1;
        vy = 2 * this.rng.next() - 1;
        r2 = vx * vx + vy * vy;
      } while (r2 > 1 || r2 < 1e-6);
      const inv = 1 / Math.sqrt(r2);
      this.ux[i] = vx * inv;
      this.uy[i] = vy * inv;
    }

    const cd = settings.contactDistanceUm;
    this.gridW = Math.max(1, Math.floor(this.widthUm / cd));
    this.gridH = Math.max(1, Math.floor(this.heightUm / cd));
    this.cellW = this.widthUm / this.gridW;
    this.cellH = this.heightUm / this.gridH;
    this.cellStart = new Int32Array(this.gridW * this.gridH + 1);
    this.cellItems = new Int32Array(n);
    this.cellOf = new Int32Array(n);
    this.cellCursor = new Int32Array(this.gridW * this.gridH);
  }

  /** Simulated minutes since the world started. */
  get timeMinutes(): number {
    return this.time;
  }

  /** Drug level now [pg/mL]: the constant, or the model PK at startDay + time. */
  concentrationPgPerMl(): number {
    if (this.constantC !== null) return this.constantC;
    return concentrationAt(this.schedule!, this.parameters, this.startDay + this.time / MINUTES_PER_DAY);
  }

  /** Advances the world by dtMinutes (split into equal sub-steps ≤ maxSubstepMinutes). */
  step(dtMinutes: number): void {
    const dt = requireNonNegative('dtMinutes', dtMinutes);
    if (dt === 0) return;
    const n = Math.ceil(dt / this.settings.maxSubstepMinutes - 1e-12);
    const h = dt / n;
    for (let s = 0; s < n; s++) this.substep(h);
  }

  private substep(dt: number): void {
    const st = this.settings;
    const p = this.parameters;
    const c = this.concentrationPgPerMl();
    const ek = killingEngagement(c, p);
    const killsPerDay = p.kSerial * ek * this.fT;
    const handlingMinutes = killsPerDay > 0 ? MINUTES_PER_DAY / killsPerDay : Infinity;
    const nT = this.nT;
    const n = this.count;
    const x = this.x, y = this.y, ux = this.ux, uy = this.uy, state = this.state, timer = this.timer;
    const partner = this.partner, kind = this.kind;
    const W = this.widthUm, H = this.heightUm;
    const rng = this.rng;
    const turn = Math.sqrt(6 * st.turnDiffusionPerMin * dt); // uniform on ±turn has variance 2·Dr·dt
    const jitter = st.durationJitter;

    // 1. timed phases
    for (let i = 0; i < n; i++) {
      const s = state[i]!;
      if (kind[i] === AGENT_KIND.T) {
        if (s === T_STATE.SYNAPSE) {
          timer[i] = timer[i]! - dt;
          if (timer[i]! <= 0) {
            // kill: perforin/granzyme → apoptosis; the CD3 arm lets go first and the T cell moves on
            const j = partner[i]!;
            state[j] = CELL_STATE.DYING;
            timer[j] = st.dyingMinutes;
            partner[j] = -1;
            partner[i] = -1;
            this.killCount[i] = Math.min(65535, this.killCount[i]! + 1);
            this.killsTotal++;
            state[i] = T_STATE.RECOVERING;
            const rearm = (1 - st.synapseShare) * handlingMinutes * (1 - jitter + 2 * jitter * rng.next());
            timer[i] = timer[i]! + rearm; // carry the overshoot: exact cycle time whatever dt
          }
        } else if (s === T_STATE.RECOVERING) {
          timer[i] = timer[i]! - dt;
          if (timer[i]! <= 0) {
            state[i] = T_STATE.SEARCHING;
            timer[i] = 0;
            this.lastTried[i] = -1;
          }
        }
      } else if (s === CELL_STATE.DYING) {
        timer[i] = timer[i]! - dt;
        if (timer[i]! <= 0) {
          state[i] = CELL_STATE.DEAD;
          timer[i] = 0;
        }
      }
    }

    // 2. movement (cells in a synapse, dying or dead do not move); periodic boundaries
    for (let i = 0; i < n; i++) {
      const isT = kind[i] === AGENT_KIND.T;
      const s = state[i]!;
      if (isT ? s === T_STATE.SYNAPSE : s !== CELL_STATE.ALIVE) continue;
      const d = turn * (2 * rng.next() - 1);
      const cs = 1 - 0.5 * d * d;
      let vx = ux[i]! * cs - uy[i]! * d;
      let vy = ux[i]! * d + uy[i]! * cs;
      const inv = 1 / Math.sqrt(vx * vx + vy * vy);
      vx *= inv;
      vy *= inv;
      ux[i] = vx;
      uy[i] = vy;
      const v = (isT ? st.tSpeedUmPerMin : st.cellSpeedUmPerMin) * dt;
      let nx = x[i]! + vx * v;
      let ny = y[i]! + vy * v;
      if (nx < 0) nx += W;
      else if (nx >= W) nx -= W;
      if (ny < 0) ny += H;
      else if (ny >= H) ny -= H;
      x[i] = nx;
      y[i] = ny;
    }

    // 3. contacts: searching T cells against free CD19⁺ targets (bystanders and escape cells never engage)
    if (!(ek > 0) || handlingMinutes === Infinity) {
      this.time += dt;
      return;
    }
    this.buildGrid();
    const gw = this.gridW, gh = this.gridH;
    const cellStart = this.cellStart, cellItems = this.cellItems;
    const cd2 = st.contactDistanceUm * st.contactDistanceUm;
    const halfW = W / 2, halfH = H / 2;
    for (let i = 0; i < nT; i++) {
      if (state[i] !== T_STATE.SEARCHING) continue;
      const cx = Math.min(gw - 1, Math.floor(x[i]! / this.cellW));
      const cy = Math.min(gh - 1, Math.floor(y[i]! / this.cellH));
      let best = -1;
      let bestD2 = cd2;
      for (let oy = -1; oy <= 1; oy++) {
        let yy = cy + oy;
        if (yy < 0) yy += gh;
        else if (yy >= gh) yy -= gh;
        for (let ox = -1; ox <= 1; ox++) {
          let xx = cx + ox;
          if (xx < 0) xx += gw;
          else if (xx >= gw) xx -= gw;
          const cell = yy * gw + xx;
          for (let q = cellStart[cell]!; q < cellStart[cell + 1]!; q++) {
            const j = cellItems[q]!;
            if (state[j] !== CELL_STATE.ALIVE || j === this.lastTried[i]) continue;
            let dx = x[j]! - x[i]!;
            let dy = y[j]! - y[i]!;
            if (dx > halfW) dx -= W;
            else if (dx < -halfW) dx += W;
            if (dy > halfH) dy -= H;
            else if (dy < -halfH) dy += H;
            const d2 = dx * dx + dy * dy;
            if (d2 < bestD2) {
              bestD2 = d2;
              best = j;
            }
          }
        }
      }
      if (best < 0) continue;
      // a contact engages with probability Ek(C): enough drug bridges CD19 to CD3
      if (rng.next() < ek) {
        state[i] = T_STATE.SYNAPSE;
        state[best] = CELL_STATE.ENGAGED;
        partner[i] = best;
        partner[best] = i;
        timer[i] = st.synapseShare * handlingMinutes * (1 - jitter + 2 * jitter * rng.next());
        if (this.firstEngagedMinutes[i]! < 0) this.firstEngagedMinutes[i] = this.time;
      } else {
        this.lastTried[i] = best; // no second try on the same cell during this contact
      }
    }
    this.time += dt;
  }

  /** Counting-sort of free CD19⁺ targets into the uniform grid. */
  private buildGrid(): void {
    const gw = this.gridW, gh = this.gridH;
    const cells = gw * gh;
    const cellStart = this.cellStart, cellItems = this.cellItems, cellOf = this.cellOf, cursor = this.cellCursor;
    const x = this.x, y = this.y, state = this.state;
    const { from, to } = this.agentsOf(AGENT_KIND.CD19);
    cellStart.fill(0);
    for (let i = from; i < to; i++) {
      if (state[i] !== CELL_STATE.ALIVE) {
        cellOf[i] = -1;
        continue;
      }
      const cx = Math.min(gw - 1, Math.floor(x[i]! / this.cellW));
      const cy = Math.min(gh - 1, Math.floor(y[i]! / this.cellH));
      const cell = cy * gw + cx;
      cellOf[i] = cell;
      cellStart[cell + 1] = cellStart[cell + 1]! + 1;
    }
    for (let c = 0; c < cells; c++) {
      cellStart[c + 1] = cellStart[c + 1]! + cellStart[c]!;
      cursor[c] = cellStart[c]!;
    }
    for (let i = from; i < to; i++) {
      const cell = cellOf[i]!;
      if (cell < 0) continue;
      cellItems[cursor[cell]!] = i;
      cursor[cell] = cursor[cell]! + 1;
    }
  }

  /**
   * Where the agents of one kind sit in the arrays: indices from ≤ i < to. The kinds are contiguous, in the
   * order T cells, CD19⁺ targets, escape clone, bystanders.
   */
  agentsOf(kind: AgentKind): { from: number; to: number } {
    const targetsFrom = this.nT;
    const escapeFrom = targetsFrom + this.nTargets;
    const bystandersFrom = escapeFrom + this.nEscape;
    switch (kind) {
      case AGENT_KIND.T:
        return { from: 0, to: targetsFrom };
      case AGENT_KIND.CD19:
        return { from: targetsFrom, to: escapeFrom };
      case AGENT_KIND.ESCAPE:
        return { from: escapeFrom, to: bystandersFrom };
      case AGENT_KIND.BYSTANDER:
        return { from: bystandersFrom, to: bystandersFrom + this.nBystanders };
    }
  }

  /** Cells of a (non-T) kind that are alive, free or held in a synapse. */
  private aliveOf(kind: AgentKind): number {
    const { from, to } = this.agentsOf(kind);
    let alive = 0;
    for (let i = from; i < to; i++) if (this.state[i] === CELL_STATE.ALIVE || this.state[i] === CELL_STATE.ENGAGED) alive++;
    return alive;
  }

  counters(): LysisCounters {
    const c = this.concentrationPgPerMl();
    const ek = killingEngagement(c, this.parameters);
    let inSynapse = 0;
    let everEngaged = 0;
    let engagedMinutes = 0;
    for (let i = 0; i < this.nT; i++) {
      if (this.state[i] === T_STATE.SYNAPSE) inSynapse++;
      const f = this.firstEngagedMinutes[i]!;
      if (f >= 0) {
        everEngaged++;
        engagedMinutes += this.time - f;
      }
    }
    const targetsAlive = this.aliveOf(AGENT_KIND.CD19);
    return {
      timeMinutes: this.time,
      concentrationPgPerMl: c,
      ek,
      fT: this.fT,
      expectedKillsPerEngagedTCellPerDay: this.parameters.kSerial * ek * this.fT,
      targetsInitial: this.nTargets,
      targetsAlive,
      targetsKilled: this.nTargets - targetsAlive,
      escapeAlive: this.aliveOf(AGENT_KIND.ESCAPE),
      bystandersAlive: this.aliveOf(AGENT_KIND.BYSTANDER),
      kills: this.killsTotal,
      tCellsInSynapse: inSynapse,
      tCellsEverEngaged: everEngaged,
      meanKillsPerTCell: this.nT > 0 ? this.killsTotal / this.nT : 0,
      engagedTCellMinutes: engagedMinutes,
      killsPerEngagedTCellPerDay: engagedMinutes > 0 ? (this.killsTotal / engagedMinutes) * MINUTES_PER_DAY : 0,
    };
  }

  snapshot(): LysisSnapshot {
    return {
      timeMinutes: this.time,
      rngState: this.rng.state,
      kills: this.killsTotal,
      x: this.x.slice(),
      y: this.y.slice(),
      ux: this.ux.slice(),
      uy: this.uy.slice(),
      state: this.state.slice(),
      partner: this.partner.slice(),
      timer: this.timer.slice(),
      killCount: this.killCount.slice(),
      lastTried: this.lastTried.slice(),
      firstEngagedMinutes: this.firstEngagedMinutes.slice(),
    };
  }

  restore(s: LysisSnapshot): void {
    if (s.x.length !== this.count) throw new ModelInputError('snapshot', `has ${s.x.length} agents, this world ${this.count}`);
    this.time = s.timeMinutes;
    this.rng.state = s.rngState;
    this.killsTotal = s.kills;
    this.x.set(s.x);
    this.y.set(s.y);
    this.ux.set(s.ux);
    this.uy.set(s.uy);
    this.state.set(s.state);
    this.partner.set(s.partner);
    this.timer.set(s.timer);
    this.killCount.set(s.killCount);
    this.lastTried.set(s.lastTried);
    this.firstEngagedMinutes.set(s.firstEngagedMinutes);
  }
}

/** Creates a seeded serial-lysis world (see LysisWorldOptions). */
export function createLysisWorld(options: LysisWorldOptions): LysisWorld {
  return new LysisWorld(options);
}
