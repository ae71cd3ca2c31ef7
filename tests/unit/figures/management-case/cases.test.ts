// Tests of the management-case data: every path ends in an outcome, every option explains itself with a
// known source, the marked answers are what the ASTCT tables and the label give, and the numbers are right.
import { describe, expect, it } from 'vitest';
import { MANAGEMENT_CASES, TEACHING_DISCLAIMER, caseById, type CaseNode, type ManagementCaseData, type QuestionNode } from '../../../../renderer/src/figures/management-case/cases';
import { gradeCrs, gradeIcans, labelAction, needsPrePhase } from '../../../../renderer/src/figures/management-case/rules';
import { allPaths, correctOption, labelPath, nextOf } from '../../../../renderer/src/figures/management-case/tree';

const KNOWN_SOURCES = new Set(['lee2019', 'label-us', 'eob2015', 'ribera2015', 'teachey2013', 'jho2019']);

function questions(c: ManagementCaseData): QuestionNode[] {
  return Object.values(c.nodes).filter((n): n is QuestionNode => n.type === 'question');
}

function allText(n: CaseNode): string {
  if (n.type === 'outcome') return `${n.title} ${n.text}`;
  return [n.title, n.scene, ...(n.findings ?? []), n.question, n.rule, ...n.options.flatMap((o) => [o.text, o.explanation])].join(' ');
}

describe('the management cases as data', () => {
  it('offer at least two cases, at least one of CRS and one of neurotoxicity', () => {
    expect(MANAGEMENT_CASES.length).toBeGreaterThanOrEqual(2);
    const kinds = new Set(MANAGEMENT_CASES.flatMap((c) => questions(c).map((q) => q.kind)));
    expect(kinds.has('grade-crs')).toBe(true);
    expect(kinds.has('grade-icans')).toBe(true);
    expect(new Set(MANAGEMENT_CASES.map((c) => c.id)).size).toBe(MANAGEMENT_CASES.length);
    expect(TEACHING_DISCLAIMER).toBe('Teaching case — local protocols and the current product label govern real care.');
  });

  for (const c of MANAGEMENT_CASES) {
    describe(c.name, () => {
      it('keys every node by its own id and links only to nodes that exist', () => {
        for (const [key, n] of Object.entries(c.nodes)) {
          expect(n.id).toBe(key);
          if (n.type === 'question') for (const o of n.options) expect(c.nodes[nextOf(n, o)], `${n.id}/${o.id}`).toBeDefined();
        }
        expect(c.nodes[c.start]?.type).toBe('question');
      });

      it('ends every path, whatever the reader chooses, in an outcome, and the label’s path in a "label" outcome', () => {
        const paths = allPaths(c);
        expect(paths.length).toBeGreaterThan(0);
        for (const path of paths) expect(c.nodes[path[path.length - 1]!]!.type).toBe('outcome');
        const label = labelPath(c);
        const end = c.nodes[label[label.length - 1]!]!;
        expect(end.type === 'outcome' && end.kind).toBe('label');
      });

      it('reaches every node from the start', () => {
        const reached = new Set(allPaths(c).flat());
        expect([...reached].sort()).toEqual(Object.keys(c.nodes).sort());
      });

      it('has exactly one correct option per question, and an explanation and known source for every option', () => {
        for (const q of questions(c)) {
          expect(q.options.filter((o) => o.correct), q.id).toHaveLength(1);
          expect(q.options.length).toBeGreaterThanOrEqual(3);
          expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
          expect(q.rule.length).toBeGreaterThan(20);
          for (const key of q.sources) expect(KNOWN_SOURCES.has(key), key).toBe(true);
          for (const o of q.options) {
            expect(o.explanation.length, `${q.id}/${o.id}`).toBeGreaterThan(20);
            expect(o.sources.length, `${q.id}/${o.id}`).toBeGreaterThan(0);
            for (const key of o.sources) expect(KNOWN_SOURCES.has(key), key).toBe(true);
          }
        }
      });

      it('marks as correct exactly what the ASTCT tables and the label give', () => {
        for (const q of questions(c)) {
          if (q.kind === 'grade-crs' || q.kind === 'grade-icans') {
            const grade = q.kind === 'grade-crs' ? gradeCrs(q.crs) : gradeIcans(q.icans);
            for (const o of q.options) expect(o.correct, `${q.id}/${o.id}`).toBe(o.grade === grade);
          } else {
            const action = labelAction(q.situation);
            for (const o of q.options) expect(o.correct, `${q.id}/${o.id}`).toBe(o.action === action);
          }
        }
      });

      it('gives adults flat µg/day doses: no correct answer uses µg/m²/day, and the doses are 9 and 28 µg/day', () => {
        for (const q of questions(c)) {
          const right = correctOption(q);
          expect(right.text, q.id).not.toMatch(/µg\/m²/);
          for (const m of `${right.text} ${right.explanation}`.matchAll(/(\d+(?:\.\d+)?) µg\/day/g)) expect(['9', '28'], q.id).toContain(m[1]);
        }
      });

      it('quotes the label’s dexamethasone doses: 20 mg premedication, 8 mg every 8 h for up to 3 days then a 4-day taper for CRS', () => {
        for (const n of Object.values(c.nodes)) {
          const text = allText(n);
          for (const m of text.matchAll(/dexamethasone (\d+) mg/g)) expect(['20', '8'], n.id).toContain(m[1]);
          if (/dexamethasone 8 mg/.test(text)) expect(text).toMatch(/dexamethasone 8 mg every 8 h/);
          if (/every 8 h/.test(text) && /taper/.test(text)) expect(text).toMatch(/up to 3 days, then taper over 4 days/);
        }
      });
    });
  }

  it('uses a pre-phase case that actually meets the pre-phase rule', () => {
    for (const c of MANAGEMENT_CASES) {
      for (const q of questions(c)) {
        if (q.kind !== 'action' || q.situation.type !== 'before-cycle-1') continue;
        expect(needsPrePhase(q.situation.marrowBlastsPct, q.situation.bloodBlastsGPerL)).toBe(true);
        expect(q.rule).toMatch(/above 50 %.*15 × 10⁹\/L/);
        expect(q.situation.weightKg).toBeGreaterThanOrEqual(45);
      }
    }
  });

  it('walks the CRS case of the brief: grade 3 → interrupt + dexamethasone → restart at 9 → escalate to 28', () => {
    const c = caseById('crs-grade-3');
    const steps = labelPath(c)
      .map((id) => c.nodes[id]!)
      .filter((n): n is QuestionNode => n.type === 'question')
      .map((q) => correctOption(q));
    expect(steps.map((o) => o.grade ?? o.action)).toEqual(['prephase-premed-start-9', 3, 'interrupt-dexamethasone', 'restart-9-escalate', 'escalate-28-premed']);
  });

  it('walks the neurotoxicity case: grade 3 → withhold → restart at 9 → second seizure → permanent discontinuation', () => {
    const c = caseById('icans-seizure');
    const steps = labelPath(c)
      .map((id) => c.nodes[id]!)
      .filter((n): n is QuestionNode => n.type === 'question')
      .map((q) => correctOption(q));
    expect(steps.map((o) => o.grade ?? o.action)).toEqual([3, 'withhold-until-grade-1', 'restart-9-escalate', 'discontinue']);
  });
});
