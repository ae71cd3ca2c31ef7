// The synapse figure's words: times and numbers formatted for people, a description that follows the
// model state and the stage, and a data table with one row per stage.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../renderer/src/model';
import { receptorOccupancy } from '../../../../renderer/src/model/binding';
import {
  TABLE_COLUMNS,
  describeSynapse,
  formatConcentration,
  formatElapsed,
  formatMoment,
  formatPercent,
  oneIn,
  scaleNote,
  stageTable,
} from '../../../../renderer/src/figures/synapse/describe';
import { buildTimeline, readoutAt, simulationInputFor } from '../../../../renderer/src/figures/synapse/schedule';
import { STAGES } from '../../../../renderer/src/figures/synapse/stages';

const tr = simulate(simulationInputFor('full'));
const timeline = buildTimeline(tr, 'full');

describe('formats', () => {
  it('writes elapsed times as hours and minutes, and moments as minutes or hours', () => {
    expect(formatElapsed(0)).toBe('0 h 00 min');
    expect(formatElapsed(0.05)).toBe('0 h 03 min');
    expect(formatElapsed(5.99)).toBe('5 h 59 min');
    expect(formatElapsed(24)).toBe('24 h 00 min');
    expect(formatMoment(0.05)).toBe('Minute 3');
    expect(formatMoment(3)).toBe('Hour 3.0');
    expect(formatMoment(5.84)).toBe('Hour 5.8');
    expect(formatMoment(18.4)).toBe('Hour 18');
  });

  it('writes small percentages with two significant digits and never in exponent form', () => {
    expect(formatPercent(0)).toBe('0');
    expect(formatPercent(0.00823)).toBe('0.82');
    expect(formatPercent(4.76e-5)).toBe('0.0048');
    expect(formatPercent(3.8e-7)).toBe('0.000038');
    expect(formatPercent(0.5)).toBe('50');
    expect(formatPercent(0.008)).toBe('0.80');
    expect(formatPercent(1e-10)).toBe('< 0.000001');
    expect(formatConcentration(6.06)).toBe('6.1');
    expect(formatConcentration(667.9)).toBe('668');
  });

  it('says how rare a bound receptor is', () => {
    expect(oneIn(0.00822)).toBe('1 in 120');
    expect(oneIn(4.75e-5)).toBe('1 in 21,000');
    expect(oneIn(0)).toBe('none');
  });
});

describe('the description follows the model and the stage', () => {
  it('gives the time, concentration, both occupancies and the stage, and always mentions the bystander', () => {
    const hours = timeline.stageStartsHours[4]! + 0.05;
    const readout = readoutAt(tr, timeline, hours);
    const text = describeSynapse({ readout, stageIndex: 4, timeline });
    expect(text).toMatch(/^Hour \d\.\d of an infusion of 28 µg\/day: serum blinatumomab \d+ pg\/mL;/);
    expect(text).toContain(`${formatConcentration(readout.concentrationPgPerMl)} pg/mL`);
    expect(text).toContain(`${formatPercent(readout.cd19Occupancy)} % of CD19 and ${formatPercent(readout.cd3Occupancy)} % of CD3 bound`);
    expect(text).toContain('Stage 5 of 7 — perforin and granzyme enter the blast');
    expect(text).toContain(`serum IL-6 ${formatConcentration(readout.il6PgPerMl)} pg/mL`);
    expect(text).toMatch(/The CD19-negative bystander is untouched\.$/);
  });

  it('changes with the moment: no drug at the start, serial killing after the release', () => {
    const first = describeSynapse({ readout: readoutAt(tr, timeline, 0), stageIndex: 0, timeline });
    expect(first).toContain('Minute 0');
    expect(first).toContain('serum blinatumomab 0 pg/mL; 0 % of CD19 and 0 % of CD3 bound; killing engagement 0.00');
    expect(first).toContain('Stage 1 of 7 — no drug is bridging the cells yet');
    const last = describeSynapse({ readout: readoutAt(tr, timeline, 20), stageIndex: 6, timeline });
    expect(last).toContain('Stage 7 of 7 — the weak anti-CD3 arm has let go first');
    expect(last).toContain(`about ${Math.round(timeline.killsPerEngagedTCellPerDay)} blasts a day`);
  });
});

describe('the data table', () => {
  it('has a row per stage plus the end of the window, with times and drug levels that rise', () => {
    const table = stageTable(tr, timeline);
    expect(table.columns).toEqual([...TABLE_COLUMNS]);
    expect(table.rows).toHaveLength(STAGES.length + 1);
    STAGES.forEach((s, i) => expect(table.rows[i]![0]).toBe(`${i + 1}. ${s.name}`));
    expect(table.rows[STAGES.length]![0]).toBe('End of the first 24 h');
    const concentrations = table.rows.map((r) => r[2] as number);
    for (let i = 1; i < concentrations.length; i++) expect(concentrations[i]!).toBeGreaterThanOrEqual(concentrations[i - 1]!);
    expect(table.rows[0]!.slice(1)).toEqual(['0 h 00 min', 0, 0, 0, 0, 2]);
    const end = readoutAt(tr, timeline, 24);
    expect(table.rows[STAGES.length]![3]).toBe(Number(formatPercent(end.cd19Occupancy)));
    expect(table.caption).toContain('28 µg/day');
  });

  it('notes how far from scale the drawing is at the dose’s steady state', () => {
    const note = scaleNote(timeline);
    expect(note).toContain(`1 in ${Math.round(1 / receptorOccupancy(timeline.cssPgPerMl, 'cd19') / 10) * 10} CD19`);
    expect(note).toContain('28 µg/day (668 pg/mL)');
  });
});
