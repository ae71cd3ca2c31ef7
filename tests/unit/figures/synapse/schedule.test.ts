// The synapse figure's model side as a reader relies on it: stage times come from the model (drug level,
// killing engagement, serial-killing rate), occupancy stays far below saturation, and the story clock maps to hours.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LYSIS_SETTINGS, pkConstants, simulate, steadyStatePgPerMl } from '../../../../renderer/src/model';
import { BINDING } from '../../../../renderer/src/model/binding';
import {
  DOSE_OPTIONS,
  MAX_CYTOKINE_DOTS,
  STORY_END,
  buildTimeline,
  cytokineDotCount,
  drawingLevels,
  hoursAtProgress,
  medianKillDays,
  progressAtHours,
  readoutAt,
  simulationInputFor,
  stageIndexAt,
  stagePhaseAt,
  timelineLandmarks,
  trajectoryAt,
  type SynapseDose,
} from '../../../../renderer/src/figures/synapse/schedule';
import { STAGES } from '../../../../renderer/src/figures/synapse/stages';

function modelFor(dose: SynapseDose, treg?: number) {
  const input = simulationInputFor(dose);
  const tr = simulate(treg === undefined ? input : { ...input, parameters: { treg } });
  return { tr, timeline: buildTimeline(tr, dose) };
}

const full = modelFor('full');
const start = modelFor('start');

describe('when each stage is reached', () => {
  it('puts the seven stages in order within the first day, starting at the infusion start', () => {
    for (const { timeline } of [full, start]) {
      expect(timeline.stageStartsHours).toHaveLength(STAGES.length);
      expect(timeline.stageStartsHours[0]).toBe(0);
      for (let i = 1; i < STAGES.length; i++) expect(timeline.stageStartsHours[i]!).toBeGreaterThan(timeline.stageStartsHours[i - 1]!);
      expect(timeline.killHours).toBeLessThan(timeline.endHours);
      expect(timeline.endHours).toBe(24);
    }
  });

  it('starts binding when the drug reaches half-maximal killing, which the closed-form PK puts at minutes', () => {
    for (const { tr, timeline } of [full, start]) {
      const p = tr.parameters;
      const css = steadyStatePgPerMl(timeline.rateUgPerDay, p);
      const expectedHours = (-Math.log(1 - p.ec50Kill / css) / pkConstants(p).kelPerDay) * 24;
      expect(timeline.effectiveHours).toBeCloseTo(expectedHours, 5);
      expect(tr.at(timeline.effectiveHours / 24).Ek).toBeCloseTo(0.5, 5);
      expect(timeline.stageStartsHours[1]).toBe(timeline.effectiveHours);
    }
    // the lower dose takes longer to get there
    expect(start.timeline.effectiveHours).toBeGreaterThan(full.timeline.effectiveHours);
  });

  it('ends the synapse at the median blood blast’s kill and makes it last a fifth of a handling time', () => {
    for (const { tr, timeline } of [full, start]) {
      // an independent integral of the per-blast hazard kSerial·Ek·fT·Tp/(Bp + kB), one-minute steps
      const p = tr.parameters;
      let cumulative = 0;
      let killDays = Number.NaN;
      const dt = 1 / 1440;
      let prev = tr.at(0);
      for (let minute = 1; minute <= tr.days * 1440; minute++) {
        const t = minute / 1440;
        const next = tr.at(t);
        const h = (q: typeof prev): number => (p.kSerial * q.Ek * tr.fT * q.Tp) / (q.Bp + p.kB);
        cumulative += 0.5 * (h(prev) + h(next)) * dt;
        if (cumulative >= Math.LN2) {
          killDays = t;
          break;
        }
        prev = next;
      }
      expect(medianKillDays(tr)! * 24).toBeCloseTo(killDays * 24, 1);
      expect(timeline.killHours).toBeCloseTo(killDays * 24, 1);
      expect(timeline.stageStartsHours[6]).toBe(timeline.killHours);
      const ek = tr.at(timeline.killHours / 24).Ek;
      const handlingMinutes = 1440 / (p.kSerial * ek * tr.fT);
      expect(timeline.synapseMinutes).toBeCloseTo(DEFAULT_LYSIS_SETTINGS.synapseShare * handlingMinutes, 6);
      expect((timeline.killHours - timeline.stageStartsHours[2]!) * 60).toBeCloseTo(timeline.synapseMinutes, 6);
    }
  });

  it('moves the kill later when regulatory T cells brake the killing', () => {
    const braked = modelFor('full', 12);
    expect(braked.tr.fT).toBeLessThan(full.tr.fT);
    expect(braked.timeline.killHours).toBeGreaterThan(full.timeline.killHours + 6);
    expect(braked.timeline.endHours).toBeGreaterThanOrEqual(braked.timeline.killHours + 6);
  });
});

describe('what the readouts show', () => {
  it('finds the drug far below saturation: well under 1 % of CD19 and 0.01 % of CD3 bound at steady state', () => {
    for (const { tr, timeline } of [full, start]) {
      const r = readoutAt(tr, timeline, timeline.endHours);
      expect(r.fractionOfSteadyState).toBeGreaterThan(0.999);
      expect(r.cd19Occupancy).toBeGreaterThan(0);
      expect(r.cd19Occupancy).toBeLessThan(0.01);
      expect(r.cd3Occupancy).toBeLessThan(1e-4);
      // in the linear regime the two arms' occupancies differ by the ratio of their dissociation constants
      expect(r.cd19Occupancy / r.cd3Occupancy).toBeCloseTo(BINDING.cd3.kdMolar / BINDING.cd19.kdMolar, -1);
      // while killing engagement is near its maximum
      expect(r.killingEngagement).toBeGreaterThan(0.9);
    }
  });

  it('scales occupancy with the dose while killing engagement barely moves', () => {
    const a = readoutAt(full.tr, full.timeline, 24);
    const b = readoutAt(start.tr, start.timeline, 24);
    expect(a.cd19Occupancy / b.cd19Occupancy).toBeCloseTo(DOSE_OPTIONS.full.rateUgPerDay / DOSE_OPTIONS.start.rateUgPerDay, 1);
    expect(a.killingEngagement - b.killingEngagement).toBeLessThan(0.1);
    expect(a.killingEngagement).toBeGreaterThan(b.killingEngagement);
  });

  it('reads the model even a rounding error past a stored output time (where Trajectory.at alone fails)', () => {
    const { tr, timeline } = full;
    let t = 0;
    for (let i = 0; i < 45; i++) t += 1 / 1440; // 45 min by adding minutes: a hair off the 45-min grid point
    expect(t).not.toBe(45 / 1440);
    const r = readoutAt(tr, timeline, t * 24);
    expect(r.concentrationPgPerMl).toBeCloseTo(tr.at(45 / 1440).C, 6);
    expect(trajectoryAt(tr, t).I).toBeCloseTo(tr.at(45 / 1440).I, 6);
    expect(trajectoryAt(tr, 0.3).C).toBe(tr.at(0.3).C);
  });

  it('reads zero drug at the infusion start and a rising level after', () => {
    const r0 = readoutAt(full.tr, full.timeline, 0);
    expect(r0.concentrationPgPerMl).toBe(0);
    expect(r0.cd19Occupancy).toBe(0);
    const hours = [0.5, 1, 2, 4, 8];
    const c = hours.map((h) => readoutAt(full.tr, full.timeline, h).concentrationPgPerMl);
    for (let i = 1; i < c.length; i++) expect(c[i]!).toBeGreaterThan(c[i - 1]!);
    expect(readoutAt(full.tr, full.timeline, 8).concentrationPicomolar).toBeGreaterThan(10);
  });

  it('draws drug in proportion to the model: free molecules follow C, bound ones follow CD19 occupancy', () => {
    const r = readoutAt(full.tr, full.timeline, 24);
    const levels = drawingLevels(r);
    expect(levels.freeLevel).toBeCloseTo(r.concentrationPgPerMl / 700, 6);
    expect(levels.boundLevel).toBeGreaterThan(0.9);
    expect(levels.boundLevel).toBeLessThan(1);
    const half = drawingLevels(readoutAt(full.tr, full.timeline, full.timeline.effectiveHours));
    expect(half.boundLevel).toBeLessThan(0.05);
  });

  it('turns serum IL-6 into cytokine dots: none at baseline, one per 8 pg/mL, at most 24', () => {
    expect(cytokineDotCount(2, 2)).toBe(0);
    expect(cytokineDotCount(1, 2)).toBe(0);
    expect(cytokineDotCount(2 + 80, 2)).toBe(10);
    expect(cytokineDotCount(5000, 2)).toBe(MAX_CYTOKINE_DOTS);
  });
});

describe('the story clock', () => {
  it('gives every stage one unit and maps units to hours and back', () => {
    const { timeline } = full;
    for (let i = 0; i < STAGES.length; i++) {
      expect(hoursAtProgress(timeline, i)).toBeCloseTo(timeline.stageStartsHours[i]!, 9);
      expect(stageIndexAt(i + 0.5)).toBe(i);
      expect(stagePhaseAt(i + 0.25)).toBeCloseTo(0.25, 9);
    }
    expect(hoursAtProgress(timeline, STORY_END)).toBe(timeline.endHours);
    expect(stageIndexAt(STORY_END)).toBe(STAGES.length - 1);
    for (const h of [0, 0.01, 0.5, 3, 5.5, timeline.killHours, 12, 23.9]) expect(hoursAtProgress(timeline, progressAtHours(timeline, h))).toBeCloseTo(h, 9);
    let last = -1;
    for (let p = 0; p <= STORY_END; p += 0.05) {
      const h = hoursAtProgress(timeline, p);
      expect(h).toBeGreaterThanOrEqual(last);
      last = h;
    }
  });

  it('offers landmarks for every stage, the drug reaching 90 % of steady state and the IL-6 peak', () => {
    const { tr, timeline } = full;
    const landmarks = timelineLandmarks(timeline);
    for (let i = 0; i < STAGES.length; i++) expect(landmarks.find((l) => l.progress === i)?.label).toBe(`Stage ${i + 1}: ${STAGES[i]!.name}`);
    const ss = landmarks.find((l) => l.label === 'Drug reaches 90 % of steady state');
    expect(ss).toBeDefined();
    expect(tr.at(ss!.hours / 24).C / timeline.cssPgPerMl).toBeCloseTo(0.9, 4);
    const il6 = landmarks.find((l) => l.label === 'Serum IL-6 peaks');
    expect(il6!.hours).toBeCloseTo(timeline.il6PeakHours!, 9);
    const progressValues = landmarks.map((l) => l.progress);
    expect([...progressValues].sort((a, b) => a - b)).toEqual(progressValues);
    expect(landmarks[landmarks.length - 1]!.progress).toBe(STORY_END);
  });
});
