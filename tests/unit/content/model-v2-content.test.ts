// Lessons and questions say what version 2 of the shared model shows (MODEL.md v2, issue 11 items 4 and 6):
// the version-1 claims are gone (killing saturated at the starting dose, "the step costs little", the default
// patient "a responder" under the 5 % line, a CNS-risk index counted over a cycle's first week), and the v2
// statements are taught where the atlas teaches each topic, by lesson and section, with live model numbers.
// Where the prose states a model fact in words ("near the 5 % line", "cleared by the end of cycle 2"), the
// model is run to check that the words still hold.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { computeModelValue } from '../../../renderer/src/lessons/model-values';
import { MRD_NEGATIVE_MAX_BLASTS, simulate } from '../../../renderer/src/model';

const root = resolve(import.meta.dirname, '../../..');
const content = join(root, 'content');

/** A lesson's body by "## " section heading ('' = before the first heading); "### " subsections stay inside. */
function sections(dir: string): Map<string, string> {
  const text = readFileSync(join(content, 'lessons', dir, 'index.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const out = new Map<string, string>();
  let heading = '';
  for (const line of text.split('\n')) {
    const h = /^## (.+)$/.exec(line);
    if (h) heading = h[1]!.trim();
    else out.set(heading, `${out.get(heading) ?? ''}${line}\n`);
  }
  return out;
}

function section(dir: string, heading: string): string {
  const s = sections(dir).get(heading);
  if (s === undefined) throw new Error(`lesson ${dir} has no section "${heading}" (has: ${[...sections(dir).keys()].join(' | ')})`);
  return s;
}

/** The text under a "### " subsection of a section, up to the next "### " (or the end of the section). */
function subsection(dir: string, heading: string, sub: string): string {
  const text = section(dir, heading);
  const start = text.indexOf(`### ${sub}\n`);
  if (start < 0) throw new Error(`${dir} / ${heading} has no subsection "${sub}"`);
  const rest = text.slice(start + sub.length + 5);
  const end = rest.search(/^### /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Sentences, split like the build's number rule (citations kept, so a test can ask which keys a sentence has). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(“"‘*<])|\n\n/);
}

/** A <ModelValue> with exactly these attributes (any order, digits ignored). */
function hasModelValue(text: string, attrs: Record<string, string>): boolean {
  for (const m of text.matchAll(/<ModelValue\s([^>]*?)\/>/g)) {
    const found = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    delete found.digits;
    if (Object.keys(found).length === Object.keys(attrs).length && Object.entries(attrs).every(([k, v]) => found[k] === v)) return true;
  }
  return false;
}

function expectModelValue(text: string, attrs: Record<string, string>, where: string): void {
  expect(hasModelValue(text, attrs), `${where}: <ModelValue ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')} />`).toBe(true);
}

interface Question {
  id: string;
  stem: string;
  options: { text: string; correct: boolean; explanation: string }[];
  refs: string[];
}
const questions = (file: string): Question[] => parse(readFileSync(join(content, 'quiz', 'check-yourself', file), 'utf8')) as Question[];
const questionText = (q: Question): string => [q.stem, ...q.options.flatMap((o) => [o.text, o.explanation])].join('\n').replace(/\s+/g, ' ');

const lessonDirs = readdirSync(join(content, 'lessons')).filter((d) => !d.startsWith('_')).sort();
const yamlFiles = (sub: string): string[] => readdirSync(join(content, sub)).filter((f) => f.endsWith('.yaml'));
/**
 * What the atlas asserts: lesson bodies, glossary definitions, and each question's stem, correct answer and
 * explanations. A wrong option's own text is left out: stating a false claim is its job (its explanation counts).
 */
const everyText: { file: string; text: string }[] = [
  ...lessonDirs.map((d) => ({ file: `lessons/${d}`, text: readFileSync(join(content, 'lessons', d, 'index.mdx'), 'utf8') })),
  ...yamlFiles('glossary').map((f) => ({
    file: `glossary/${f}`,
    text: (parse(readFileSync(join(content, 'glossary', f), 'utf8')) as { definition: string }[]).map((g) => g.definition.replace(/\s+/g, ' ')).join('\n\n'),
  })),
  ...yamlFiles(join('quiz', 'check-yourself')).map((f) => ({
    file: `quiz/check-yourself/${f}`,
    text: questions(f)
      .map((q) => [q.stem, ...q.options.flatMap((o) => (o.correct ? [o.text, o.explanation] : [o.explanation]))].map((t) => t.replace(/\s+/g, ' ')).join('\n\n'))
      .join('\n\n'),
  })),
];

const value = (request: Parameters<typeof computeModelValue>[0]): number => computeModelValue(request).value;

describe('version-1 model claims are gone from every lesson, question and glossary entry', () => {
  it('no text says killing is near its ceiling at the starting dose, or that the step therefore costs little', () => {
    for (const { file, text } of everyText) {
      expect(text, file).not.toMatch(/killing is already near its ceiling/i);
      expect(text, file).not.toMatch(/gives up little killing/i);
      expect(text, file).not.toMatch(/Near-maximal killing at the low dose is why the step costs little efficacy/i);
      expect(text, file).not.toMatch(/Real blasts may need more drug than this simple picture/i);
      for (const s of sentences(text)) {
        // "near/close to its maximum" may only describe blood (or be the wrong answer of a question, explained)
        if (/(near|close to) its maximum|near-maximal/i.test(s) && !/blood|figure|That holds only for blood/i.test(s)) {
          throw new Error(`${file}: "${s}" says killing is saturated without saying that this holds for blood only`);
        }
      }
    }
  });

  it('no text calls the default virtual patient a responder under the 5 % line', () => {
    for (const { file, text } of everyText) {
      expect(text, file).not.toMatch(/under the 5 % line/);
      expect(text, file).not.toMatch(/default virtual patient is a responder/);
    }
  });

  it('the CNS-risk index is no longer defined over a cycle’s first week, and no sentence says the step lowers the CNS-risk exposure', () => {
    for (const { file, text } of everyText) {
      expect(text, file).not.toMatch(/counts T cells leaving the blood for vessel walls in a cycle's first week/);
      expect(text, file).not.toMatch(/step lowers both IL-6 and the CNS-risk index/);
      for (const s of sentences(text)) {
        if (/step/i.test(s) && /lower/i.test(s) && /CNS-risk exposure|the exposure/i.test(s)) expect(s, file).toMatch(/\bnot\b|does not|but not/);
      }
    }
  });
});

describe('lesson 3, "Serial lysis": blood is saturated, marrow is not', () => {
  it('"One model, two views": the step barely changes killing in blood only; "Blood is not marrow" gives Em at 9 and 28 µg/day and day-28 blasts on label, no-step and flat-5', () => {
    const views = section('03-serial-lysis', 'One model, two views');
    const barely = sentences(views).find((s) => /barely changes killing/.test(s))!;
    expect(barely).toMatch(/in blood/);
    const marrow = subsection('03-serial-lysis', 'One model, two views', 'Blood is not marrow');
    expect(marrow).toMatch(/470 pg\/mL[^.]*<Cite k="asco2013/);
    expectModelValue(marrow, { name: 'ec50BmPgPerMl' }, 'lesson 3');
    expectModelValue(marrow, { name: 'marrowEngagementPct', regimen: 'label-rr', level: '9' }, 'lesson 3');
    expectModelValue(marrow, { name: 'marrowEngagementPct', regimen: 'label-rr', level: '28' }, 'lesson 3');
    expectModelValue(marrow, { name: 'marrowBlastsDay28Pct' }, 'lesson 3');
    expectModelValue(marrow, { name: 'marrowBlastsDay28Pct', regimen: 'no-step' }, 'lesson 3');
    expectModelValue(marrow, { name: 'marrowBlastsDay28Pct', regimen: 'flat-5' }, 'lesson 3');
    expect(marrow).toMatch(/step does change killing/);
  });

  it('"Outnumbered": the default patient ends cycle 1 near the 5 % line; marrow killing needs T cells in absolute numbers (tRef); the Treg brake decides the marrow', () => {
    const burden = section('03-serial-lysis', 'Outnumbered: ratio and burden');
    expect(burden).toMatch(/near the 5 % line[^.]*median patient/);
    expectModelValue(burden, { name: 'tRefPerUl' }, 'lesson 3');
    expectModelValue(burden, { name: 'marrowBlastsDay28LowTCellsPct' }, 'lesson 3');
    expectModelValue(section('03-serial-lysis', 'The Treg brake'), { name: 'marrowBlastsDay28HighTregPct' }, 'lesson 3');
    expect(section('03-serial-lysis', 'One model, two views')).toMatch(/Blood and marrow differ/);
  });

  it('the serial-drug-level question says the small change holds for blood, and that marrow killing falls at the lower dose', () => {
    const q = questions('03-serial-lysis.yaml').find((x) => x.id === 'serial-drug-level')!;
    const right = q.options.find((o) => o.correct)!;
    expect(right.explanation.replace(/\s+/g, ' ')).toMatch(/blood[\s\S]*marrow[\s\S]*lower dose clearly kills less/);
  });
});

describe('lesson 4, "CNS toxicity and cytokine release": what the step costs and buys, and the CNS-risk index per cycle', () => {
  it('"The activation burst": blood engagement near its maximum at 5 and 15 µg/m²/day, marrow engagement not', () => {
    const burst = section('04-cns-toxicity-and-crs', 'The activation burst');
    for (const level of ['5', '15']) {
      expectModelValue(burst, { name: 'killingEngagementPct', regimen: `flat-${level}`, level }, 'lesson 4');
      expectModelValue(burst, { name: 'marrowEngagementPct', regimen: `flat-${level}`, level }, 'lesson 4');
    }
    expect(burst).toMatch(/In blood, hardly[\s\S]*In the marrow, yes/);
    expect(burst).toMatch(/step dosing<\/Term> is a trade/);
  });

  it('"What the step costs and what it buys": day-28 blasts, IL-6 peak and first CNS-risk peak with and without the step', () => {
    const costs = subsection('04-cns-toxicity-and-crs', 'The activation burst', 'What the step costs and what it buys');
    for (const name of ['marrowBlastsDay28Pct', 'il6PeakPgPerMl', 'cnsRiskIndex']) {
      expectModelValue(costs, { name }, 'lesson 4');
      expectModelValue(costs, { name, regimen: 'no-step' }, 'lesson 4');
    }
    expect(costs).toMatch(/costs some marrow clearance in cycle 1/);
    expect(costs).toMatch(/below the MRD-negative line by the end of cycle 2/);
    // high burden: the same trade, stepped vs flat 15
    const burst = section('04-cns-toxicity-and-crs', 'The activation burst');
    for (const regimen of ['flat-15', 'weight-lt-45']) {
      expectModelValue(burst, { name: 'marrowBlastsDay28Pct', scenario: 'high-burden', regimen }, 'lesson 4');
      expectModelValue(burst, { name: 'il6PeakPgPerMl', scenario: 'high-burden', regimen }, 'lesson 4');
    }
  });

  it('"The CNS-risk index, cycle by cycle": a per-cycle peak of the signal, cycle 1 larger, exposure over days 0–14; the step lowers the peak, not the exposure', () => {
    const cns = subsection('04-cns-toxicity-and-crs', 'The activation burst', 'The CNS-risk index, cycle by cycle');
    expect(cns).toMatch(/still primed[^.]*leave the blood[^.]*scaled to the patient's starting T-cell count/);
    expect(cns).toMatch(/index<\/Term> is the peak of that signal while the cycle's infusion runs/);
    expect(cns).toMatch(/exposure is the signal added up over the first two weeks of the cycle/);
    expectModelValue(cns, { name: 'cnsRiskIndex' }, 'lesson 4');
    expectModelValue(cns, { name: 'cnsRiskIndexCycle2' }, 'lesson 4');
    expectModelValue(cns, { name: 'cnsRiskExposureCycle1' }, 'lesson 4');
    expectModelValue(cns, { name: 'cnsRiskExposureCycle2' }, 'lesson 4');
    expectModelValue(cns, { name: 'cnsRiskIndex', regimen: 'no-step' }, 'lesson 4');
    expectModelValue(cns, { name: 'cnsRiskExposureCycle1', regimen: 'no-step' }, 'lesson 4');
    expectModelValue(cns, { name: 'cnsRiskStepPeakRatio' }, 'lesson 4');
    expect(cns).toMatch(/first cycle carries most of the risk/);
    expect(cns).toMatch(/87 % of grade ≥ 3 neurological events[^.]*cycle 1 <Cite k="topp2015"/);
    expect(cns).toMatch(/The step lowers the first peak[\s\S]*It does not lower the exposure/);
    expect(cns).toContain('<CheckYourself id="cns-burst-step" />');
  });

  it('key points and the glossary describe the index per cycle and the step’s trade', () => {
    const key = section('04-cns-toxicity-and-crs', 'Prevention and management by the label');
    expect(key).toMatch(/lowers the IL-6 peak and the first CNS-risk peak, but not the cycle-1 CNS-risk exposure, and costs some marrow clearance/);
    expect(key).toMatch(/CNS-risk index is a per-cycle peak, larger in cycle 1 than in cycle 2/);
    const glossary = readFileSync(join(content, 'glossary', '04-cns-toxicity-and-crs.yaml'), 'utf8').replace(/\s+/g, ' ');
    expect(glossary).toMatch(/id: cns-risk-index[\s\S]*peak of that rate during the cycle's infusion[\s\S]*cycle 1 scores higher than cycle 2/);
  });

  it('check yourself: the burst question no longer says the step costs little; its answer is the v2 trade, and "lower exposure" is a wrong option', () => {
    const q = questions('04-cns-toxicity-and-crs.yaml').find((x) => x.id === 'cns-burst-step')!;
    const text = questionText(q);
    expect(text).toMatch(/Only killing in blood is close to its maximum at that dose; in the marrow the model's killing still rises with the dose/);
    const right = q.options.find((o) => o.correct)!;
    expect(right.text.replace(/\s+/g, ' ')).toMatch(/clearly lower IL-6 peak[^.]*but more marrow blasts remain at day 28/);
    expect(right.explanation.replace(/\s+/g, ' ')).toMatch(/the step is a trade, not a free gain/);
    const exposure = q.options.find((o) => /CNS-risk exposure/.test(o.text))!;
    expect(exposure.correct).toBe(false);
    expect(exposure.explanation.replace(/\s+/g, ' ')).toMatch(/first two weeks is higher, because there are two bursts/);
  });
});

describe('lesson 5, "Kinetics and dosing": the marrow dose-response, blood vs marrow, and what the model leaves out', () => {
  it('"How much drug is enough?": Em at 9, 28 and 60 and day-28 blasts on flat 5, 15 and 60 µg/m²/day', () => {
    const enough = section('05-kinetics-and-dosing', 'How much drug is enough?');
    expectModelValue(enough, { name: 'marrowEngagementPct', regimen: 'label-rr', level: '9' }, 'lesson 5');
    expectModelValue(enough, { name: 'marrowEngagementPct', regimen: 'label-rr', level: '28' }, 'lesson 5');
    expectModelValue(enough, { name: 'marrowEngagementPct', regimen: 'flat-60', level: '60' }, 'lesson 5');
    for (const regimen of ['flat-5', 'flat-15', 'flat-60']) expectModelValue(enough, { name: 'marrowBlastsDay28Pct', regimen }, 'lesson 5');
  });

  it('"What the blood shows": B cells vanish at any dose; the marrow near the line like the median patient, regrowth to day 42, T cells and Tregs; the "What the model leaves out" callout', () => {
    const blood = section('05-kinetics-and-dosing', 'What the blood shows');
    expect(blood).toMatch(/at any clinical dose[^.]*saturates at picogram levels/);
    expectModelValue(blood, { name: 'killingEngagementPct', regimen: 'flat-5', level: '5' }, 'lesson 5');
    expect(blood).toMatch(/near the 5 % line of a complete remission, like the median patient of the international phase II trial/);
    expectModelValue(blood, { name: 'marrowBlastsDay42Pct' }, 'lesson 5');
    expect(blood).toMatch(/In the 14-day break the model's blasts grow back/);
    expectModelValue(blood, { name: 'marrowBlastsDay28LowTCellsPct' }, 'lesson 5');
    expectModelValue(blood, { name: 'marrowBlastsDay28HighTregPct' }, 'lesson 5');
    const callout = /<Callout kind="note" title="What the model leaves out">([\s\S]*?)<\/Callout>/.exec(blood)?.[1] ?? '';
    expect(callout).toMatch(/B-cell aplasia[\s\S]*persist during blinatumomab therapy[^<]*<Cite k="ribera2015"/);
    expect(callout).toMatch(/IgG took 85\.5 days[^<]*<Cite k="wo2022/);
    expectModelValue(callout, { name: 'bCellRecoveryDaysAfterStop', scenario: 'mrd' }, 'lesson 5');
    expect(callout).toMatch(/Regrowth in the break[\s\S]*one tuned rate, a teaching choice/);
    expect(blood).toMatch(/smaller CNS-risk peak/);
  });
});

describe('lesson 6, "Clinical evidence": the default patient near the line, high burden at day 28, the cohort as a teaching choice', () => {
  it('"What the model can and cannot show" says "near the 5 % line, like the median trial patient", regrowth to day 42, high burden above the line, and the callout', () => {
    const model = section('06-clinical-evidence', 'What the model can and cannot show');
    expect(model).toMatch(/near the 5 % line, like the median trial patient/);
    expectModelValue(model, { name: 'marrowBlastsDay42Pct' }, 'lesson 6');
    expectModelValue(model, { name: 'marrowBlastsDay28Pct', scenario: 'high-burden' }, 'lesson 6');
    expectModelValue(model, { name: 'marrowBlastsDay28HighTregPct' }, 'lesson 6');
    expect(model).toMatch(/\| lasting B-cell aplasia \| \*\*Not shown\*\*/);
    expect(model).toMatch(/\| too little drug or too few T cells \| \*\*Shown\.\*\*/);
    const callout = /<Callout kind="note" title="What the model leaves out">([\s\S]*?)<\/Callout>/.exec(model)?.[1] ?? '';
    expect(callout).toMatch(/spreads chosen for teaching[\s\S]*not distributions measured in patients/);
    expect(callout).toMatch(/regrow in the break at a single tuned rate/);
  });
});

describe('the words the lessons use for model facts still hold in the model', () => {
  it('the default R/R patient is "near the 5 % line" at day 28 (2–5 %), regrows in the break, and the high-burden patient is above the line', () => {
    const x28 = value({ name: 'marrowBlastsDay28Pct' });
    expect(x28).toBeGreaterThanOrEqual(2);
    expect(x28).toBeLessThanOrEqual(5);
    expect(value({ name: 'marrowBlastsDay42Pct' })).toBeGreaterThan(5);
    expect(value({ name: 'marrowBlastsDay28Pct', scenario: 'high-burden' })).toBeGreaterThan(5);
    expect(value({ name: 'marrowBlastsDay28HighTregPct' })).toBeGreaterThan(5);
    expect(value({ name: 'marrowBlastsDay28LowTCellsPct' })).toBeGreaterThan(5);
    expect(value({ name: 'marrowBlastsDay28Pct', regimen: 'flat-5' })).toBeGreaterThan(5);
  });

  it('with or without the step, the default patient is below the MRD-negative line by the end of cycle 2 (day 70), and "the second cycle clears them again"', () => {
    for (const regimen of ['label-rr', 'no-step'] as const) {
      expect(simulate({ regimen, days: 70 }).at(70).X, regimen).toBeLessThan(MRD_NEGATIVE_MAX_BLASTS);
    }
  });

  it('the model’s normal B cells are back "within days" of a stop', () => {
    expect(value({ name: 'bCellRecoveryDaysAfterStop', scenario: 'mrd' })).toBeLessThan(7);
  });
});
