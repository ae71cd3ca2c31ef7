// Two CNS-risk questions (the model's illustrative index): how the cycle-2 peak compares with cycle 1's (a
// direction with its size), and what one schedule does against another — the step against a flat start, or a
// lower flat dose — to the first peak and to the two-week exposure (a direction for each). Both rest on the same
// mechanism: release capacity Q is spent in the first burst and recovers over months, and T-cell traffic follows
// the drug's starts and steps, not the number of targets.
import { metrics, simulate, type ClinicalInputs, type RegimenId } from '../../model';
import { formatHours, formatSignificant } from '../../figures/pkpd-explorer/format';
import { formatDayTime } from '../../ui/clock';
import { ILLUSTRATIVE, LABEL_DAYS_NOTE, binEdges, binOptions, choiceOptions, clearOf, contiguousBins, drawChildBsa, drawRelapsedOrMrdAdult, drawWhere, explorerFigure, figureTime, memoize, rememberLast, shownNumbers, withBloodBlasts, type RelapsedOrMrdAdult } from './kit';
import type { ItemTemplate } from './template';

const two = (v: number) => formatSignificant(v, 2);

// ── cycle 2 against cycle 1 ──

type CycleInputs = RelapsedOrMrdAdult;

const CYCLE_BINS = contiguousBins([
  [0.15, 'Less than a sixth of cycle 1’s'],
  [0.35, 'Roughly a sixth to a third of cycle 1’s'],
  [0.7, 'Roughly a third to two-thirds of cycle 1’s'],
  [1.3, 'About the same as cycle 1’s (within ±30 %)'],
  [Infinity, 'Higher than cycle 1’s'],
]);

const cycleClinical = (i: CycleInputs): ClinicalInputs => withBloodBlasts({ marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct });

const cycleRun = rememberLast((i: CycleInputs) => {
  const byCycle = metrics(simulate({ regimen: i.regimen, days: 44, clinical: cycleClinical(i) })).cnsRiskIndexByCycle;
  return { first: byCycle[0]!, second: byCycle[1]! };
});

export const cnsCycle2: ItemTemplate<CycleInputs> = {
  id: 'cns-cycle-2',
  lesson: 'cns-toxicity-and-crs',
  section: 'the-cns-risk-index-cycle-by-cycle',
  tags: ['neurotoxicity', 'model'],
  difficulty: 2,
  title: 'CNS-risk index: cycle 2 against cycle 1',
  ranges: 'Relapsed adult on the label schedule (marrow blasts 10–90 %) or MRD-positive adult on 28 µg/day (0.01–1 %); Tregs 2–12 % of CD4⁺.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => drawRelapsedOrMrdAdult(r, [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1], 12),
      (i) => {
        const { first, second } = cycleRun(i);
        return clearOf(second.value / first.value, binEdges(CYCLE_BINS), 0.07);
      },
    ),
  build: (inputs, rng) => {
    const { first, second } = cycleRun(inputs);
    const ratio = second.value / first.value;
    const firstShown = two(first.value);
    const secondShown = two(second.value);
    const ratioShown = `${two(ratio)} ×`;
    const who =
      inputs.regimen === 'mrd'
        ? `An adult in remission but MRD-positive (${inputs.marrowBlastsPct} % marrow blasts, Tregs ${inputs.tregPct} % of CD4⁺) receives 28 µg/day in cycle 1 and again in cycle 2.`
        : `An adult with relapsed B-ALL (${inputs.marrowBlastsPct} % marrow blasts, Tregs ${inputs.tregPct} % of CD4⁺) receives the label schedule: 9 → 28 µg/day in cycle 1, 28 µg/day from day 1 of cycle 2.`;
    return {
      stem: `${who} In the atlas’s teaching model, how does the CNS-risk index (the peak of the CNS-risk signal during a cycle) of cycle 2 compare with that of cycle 1?`,
      options: binOptions(ratio, CYCLE_BINS, 4, rng, (bin, right) => {
        if (right) return `Yes: the model’s index is ${firstShown} in cycle 1 and ${secondShown} in cycle 2 (${ratioShown}).`;
        if (bin.lo >= 1.3) return `No: a higher cycle-2 peak would need the T cells fully re-primed by the 14-day break; their readiness to release cytokines recovers only over months, so the model gives ${ratioShown}.`;
        if (bin.lo >= 0.7) return `No: “same dose, same peak” forgets that cycle 1 spent the T cells’ readiness to release cytokines; after the 14-day break it has barely recovered, so the model gives ${ratioShown}.`;
        const range = `${two(bin.lo)}–${two(bin.hi)} ×`;
        return bin.hi <= ratio
          ? `No: ${range} would need the priming all but gone; a little recovers over the break and ${inputs.regimen === 'mrd' ? 'cycle 2 restarts at the full dose' : 'cycle 2 starts at 28 µg/day, not 9'}, so the model gives ${ratioShown}.`
          : `No: ${range} underrates how much cycle 1 spends: ${inputs.regimen === 'mrd' ? 'the full-dose start uses up most of the priming at once' : 'the first burst and the day-8 step together use up most of the priming'}, so the model gives ${ratioShown}.`;
      }),
      explanation:
        `In the model the CNS-risk index is ${firstShown} in cycle 1 and ${secondShown} in cycle 2, ${ratioShown}. The signal is the rate at which still-primed T cells leave the blood for vessel walls; ` +
        'the first burst uses up the priming, which recovers only over months, so a later cycle start — even at the full dose — brings a smaller peak. ' +
        `${inputs.regimen === 'mrd' ? 'Starting at the full dose makes cycle 1’s peak high, so the drop to cycle 2 is steep.' : 'The 9 µg/day week keeps cycle 1’s first peak down, so the drop to cycle 2 is less steep.'} ` +
        'In the international phase II trial 87 % of grade ≥ 3 neurological events fell in cycle 1. The index is a teaching construct, not a validated predictor. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ indexCycle1: [first.value, firstShown], indexCycle2: [second.value, secondShown], ratio: [ratio, ratioShown] }),
      figure: explorerFigure({
        regimen: inputs.regimen,
        clinical: cycleClinical(inputs),
        tDays: second.peakDay,
        range: 'two-cycles',
        caption: `The PK/PD explorer with this patient over two cycles, paused at cycle 2’s peak of the CNS-risk signal, ${formatDayTime(second.peakDay)} on the figure’s clock, which runs on from cycle 1: cycle 2 starts there at day 42, 00:00 (14 days after cycle 1’s infusion ends), so this is ${formatHours((second.peakDay - 42) * 24)} into cycle 2, its label day ${Math.floor(second.peakDay - 42) + 1}. Compare its IL-6 and T-cell curves with cycle 1’s.`,
      }),
      refs: ['atlas-model', 'topp2015', 'klinger2012'],
    };
  },
};

// ── what a schedule does to the first peak and to the two-week exposure ──

type Comparison = 'step-adult' | 'flat-adult' | 'step-child' | 'flat-child' | 'low-child' | 'high-child';

interface StepInputs {
  comparison: Comparison;
  marrowBlastsPct: number;
  bsaM2: number;
}

/** "Lowers" means more than 10 % lower. */
const LOWER = 0.9;

interface ComparisonSpec {
  patient: 'adult' | 'child';
  /** The schedule asked about … */
  a: RegimenId;
  aWords: string;
  /** … instead of this one. */
  b: RegimenId;
  bWords: string;
}

const LABEL_STEP = '9 µg/day for the first week, then 28 µg/day (the label)';
const LABEL_FLAT = '28 µg/day from day 1 (no step: a what-if in relapsed disease)';
const CHILD_STEP = '5 µg/m²/day for the first week, then 15 µg/m²/day (the label)';
const CHILD_FLAT = '15 µg/m²/day from day 1 (no step: a what-if in relapsed disease)';
const CHILD_LOW = '5 µg/m²/day kept for the whole cycle (a what-if: the first-week dose without the step up)';

const COMPARISONS: Record<Comparison, ComparisonSpec> = {
  'step-adult': { patient: 'adult', a: 'label-rr', aWords: LABEL_STEP, b: 'no-step', bWords: LABEL_FLAT },
  'flat-adult': { patient: 'adult', a: 'no-step', aWords: LABEL_FLAT, b: 'label-rr', bWords: LABEL_STEP },
  'step-child': { patient: 'child', a: 'weight-lt-45', aWords: CHILD_STEP, b: 'flat-15', bWords: CHILD_FLAT },
  'flat-child': { patient: 'child', a: 'flat-15', aWords: CHILD_FLAT, b: 'weight-lt-45', bWords: CHILD_STEP },
  'low-child': { patient: 'child', a: 'flat-5', aWords: CHILD_LOW, b: 'flat-15', bWords: CHILD_FLAT },
  'high-child': { patient: 'child', a: 'flat-15', aWords: CHILD_FLAT, b: 'flat-5', bWords: CHILD_LOW },
};

/** First CNS-risk peak and exposure over days 0–14 of cycle 1 (inputs from short lists: remembered). */
const cnsOf = memoize(({ regimen, marrowBlastsPct, bsaM2 }: { regimen: RegimenId; marrowBlastsPct: number; bsaM2: number }) => {
  const m = metrics(simulate({ regimen, days: 14, clinical: { marrowBlastsPct, bsaM2 }, outputStepMinutes: 10 }));
  const first = m.cnsRiskIndexByCycle[0]!;
  return { peak: first.value, peakDay: first.peakDay, exposure: m.cnsRiskExposureByCycle[0]!.value };
});

const stepRuns = (i: StepInputs) => {
  const c = COMPARISONS[i.comparison];
  return { a: cnsOf({ regimen: c.a, marrowBlastsPct: i.marrowBlastsPct, bsaM2: i.bsaM2 }), b: cnsOf({ regimen: c.b, marrowBlastsPct: i.marrowBlastsPct, bsaM2: i.bsaM2 }) };
};

export const cnsStepPeakExposure: ItemTemplate<StepInputs> = {
  id: 'cns-step-peak-exposure',
  lesson: 'cns-toxicity-and-crs',
  section: 'the-cns-risk-index-cycle-by-cycle',
  tags: ['neurotoxicity', 'dosing', 'model'],
  difficulty: 3,
  title: 'What a schedule does to the CNS-risk peak and exposure',
  ranges:
    'Relapsed adult (1.5–2.3 m²) on 9 → 28 µg/day or 28 µg/day from day 1, or a child under 45 kg (0.6–1.3 m²) on 5 → 15 µg/m²/day, 15 µg/m²/day from day 1 or (a what-if) 5 µg/m²/day throughout; one schedule against another; marrow blasts 5–95 %.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => {
        const comparison = r.pick(Object.keys(COMPARISONS) as Comparison[]);
        const adult = COMPARISONS[comparison].patient === 'adult';
        return { comparison, marrowBlastsPct: r.pick([5, 10, 20, 30, 50, 70, 80, 95]), bsaM2: adult ? r.uniform(1.5, 2.3, 0.05) : drawChildBsa(r) };
      },
      (i) => {
        const { a, b } = stepRuns(i);
        return clearOf(a.peak / b.peak, [LOWER], 0.04) && clearOf(a.exposure / b.exposure, [LOWER], 0.04);
      },
    ),
  build: (inputs) => {
    const c = COMPARISONS[inputs.comparison];
    const { a, b } = stepRuns(inputs);
    const peakLower = a.peak / b.peak < LOWER;
    const exposureLower = a.exposure / b.exposure < LOWER;
    const right = peakLower ? (exposureLower ? 0 : 1) : exposureLower ? 2 : 3;
    const sa = { peak: two(a.peak), exposure: two(a.exposure) };
    const sb = { peak: two(b.peak), exposure: two(b.exposure) };
    const versus = (x: string, y: string) => (x === y ? `${x} on both` : `${x} against ${y}`);
    const said = `first peak ${versus(sa.peak, sb.peak)}; two-week exposure ${versus(sa.exposure, sb.exposure)}`;
    const stepped = (regimen: RegimenId) => regimen === 'label-rr' || regimen === 'weight-lt-45';
    const why = {
      peak: 'The first peak follows the first dose: the lower the start, the smaller the first activation burst.',
      exposure: stepped(c.a)
        ? 'The exposure does not fall with a lower start: the step up on day 8 is a second drug start with a second, smaller peak, and the two add up.'
        : stepped(c.b)
          ? 'Without a step there is no second burst on day 8, so the two weeks add up to less even though the first peak is higher.'
          : 'The exposure barely moves with a flat dose: the first burst spends most of the T cells’ readiness to release cytokines whatever the level, so a higher flat dose mainly sharpens the peak.',
    };
    const peakFalls = 'It does lower the first peak, which follows the first dose: this schedule starts lower, so its first activation burst is smaller.';
    const peakStays = 'It does not lower the first peak, which follows the first dose: this schedule’s first dose is not the lower one.';
    const exposureFalls = `It does lower the exposure. ${why.exposure}`;
    const exposureStays = `It does not lower the exposure. ${why.exposure}`;
    const who =
      c.patient === 'adult'
        ? `An adult with relapsed B-ALL (body-surface area ${inputs.bsaM2} m², ${inputs.marrowBlastsPct} % marrow blasts)`
        : `A child with relapsed B-ALL (under 45 kg, body-surface area ${inputs.bsaM2} m², ${inputs.marrowBlastsPct} % marrow blasts)`;
    return {
      stem:
        `${who} starts on ${c.aWords} instead of ${c.bWords}. ` +
        'In the atlas’s teaching model, what does that do to the cycle-1 CNS-risk index (the first peak of the CNS-risk signal) and to the CNS-risk exposure (the signal summed over the first two weeks, days 0–14 on the figures’ clocks)? “Lowers” means by more than 10 %.' +
        (stepped(c.a) || stepped(c.b) ? ` ${LABEL_DAYS_NOTE}` : ''),
      options: choiceOptions(
        [
          {
            text: 'It lowers both the first peak and the two-week exposure',
            explanation: right === 0 ? `Right: ${said}. ${why.peak} ${why.exposure}` : `No, not both: ${said}. ${peakLower ? exposureStays : peakStays}`,
          },
          {
            text: 'It lowers the first peak but not the two-week exposure',
            explanation: right === 1 ? `Right: ${said}. ${why.peak} ${why.exposure}` : `No: ${said}. ${peakLower ? exposureFalls : peakStays}`,
          },
          {
            text: 'It lowers the two-week exposure but not the first peak',
            explanation: right === 2 ? `Right: ${said}. ${why.peak} ${why.exposure}` : `No: ${said}. ${peakLower ? peakFalls : exposureStays}`,
          },
          {
            text: 'It lowers neither',
            explanation: right === 3 ? `Right: ${said}. ${why.peak} ${why.exposure}` : `No, it lowers ${peakLower && exposureLower ? 'both' : peakLower ? 'the first peak' : 'the exposure'}: ${said}. ${peakLower ? peakFalls : exposureFalls}`,
          },
        ],
        right,
      ),
      explanation:
        `In the model, for this schedule against the other: ${said}. ${why.peak} ${why.exposure} ` +
        'T-cell traffic in the model follows the drug’s starts and steps, not the number of targets, so the burden hardly matters here. ' +
        'Whether the peak or the total matters more for the brain is not known; both are illustrative, not validated predictors. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ peakA: [a.peak, sa.peak], peakB: [b.peak, sb.peak], exposureA: [a.exposure, sa.exposure], exposureB: [b.exposure, sb.exposure] }),
      // The explorer carries this patient (burden, body-surface area) on the schedule asked about; its readout gives the
      // cycle-1 CNS-risk index, and switching the regimen shows the other schedule's.
      figure: explorerFigure({
        regimen: c.a,
        clinical: { marrowBlastsPct: inputs.marrowBlastsPct, bsaM2: inputs.bsaM2 },
        tDays: a.peakDay,
        range: 'first-3-days',
        caption:
          `The PK/PD explorer with this patient (${inputs.bsaM2} m², ${inputs.marrowBlastsPct} % marrow blasts) on the schedule asked about, paused at its first CNS-risk peak, ${figureTime(a.peakDay)}; ` +
          `its readout “CNS-risk index, cycle 1” gives ${sa.peak} — switch the regimen to the other schedule to see ${sb.peak}. The two-week exposure is not among its readouts.`,
      }),
      refs: ['atlas-model', 'label-us', 'topp2015'],
    };
  },
};
