// Tests of the management cases (content/cases/*.yaml, compiled to JSON): every path ends in an outcome,
// every option explains itself with a known source, the marked answer on every path equals what the ASTCT
// grading and the label's rule engine (rules.ts) give, and together the cases exercise every rule path.
import { describe, expect, it } from 'vitest';
import { MANAGEMENT_CASES, TEACHING_DISCLAIMER, caseById, type CaseNode, type ManagementCaseData, type QuestionNode } from '../../../../renderer/src/figures/management-case/cases';
import { RULE_IDS, gradeCrs, gradeIcans, labelDecision, type RuleId } from '../../../../renderer/src/figures/management-case/rules';
import { allPaths, correctOption, labelPath, nextOf } from '../../../../renderer/src/figures/management-case/tree';
import { references } from '../../../../renderer/src/data/content';

const KNOWN_SOURCES = new Set(references.map((r) => r.key));

function questions(c: ManagementCaseData): QuestionNode[] {
  return Object.values(c.nodes).filter((n): n is QuestionNode => n.type === 'question');
}

function allText(n: CaseNode): string {
  if (n.type === 'outcome') return `${n.title} ${n.text}`;
  return [n.title, n.scene, ...(n.findings ?? []), n.question, n.rule, ...n.options.flatMap((o) => [o.text, o.explanation])].join(' ');
}

/** The answer the rules give for a question: a grade for grading questions, an action for action questions. */
function rulesAnswer(q: QuestionNode): { answer: number | string; rule?: RuleId } {
  if (q.kind === 'grade-crs') return { answer: gradeCrs(q.crs) };
  if (q.kind === 'grade-icans') return { answer: gradeIcans(q.icans) };
  const decision = labelDecision(q.situation);
  return { answer: decision.action, rule: decision.rule };
}

describe('the management cases as data', () => {
  it('come from content/cases: eight cases with unique ids, CRS and neurotoxicity both graded', () => {
    expect(MANAGEMENT_CASES.length).toBe(8);
    expect(new Set(MANAGEMENT_CASES.map((c) => c.id)).size).toBe(MANAGEMENT_CASES.length);
    const kinds = new Set(MANAGEMENT_CASES.flatMap((c) => questions(c).map((q) => q.kind)));
    expect([...kinds].sort()).toEqual(['action', 'grade-crs', 'grade-icans']);
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

      it('marks, on every path, exactly the answer the grading tables and the rule engine give', () => {
        for (const path of allPaths(c)) {
          for (const id of path) {
            const n = c.nodes[id]!;
            if (n.type !== 'question') continue;
            const { answer } = rulesAnswer(n);
            for (const o of n.options) {
              const names = n.kind === 'action' ? o.action : o.grade;
              expect(o.correct, `${c.id}/${n.id}/${o.id}`).toBe(names === answer);
            }
            const marked = correctOption(n);
            expect(n.kind === 'action' ? marked.action : marked.grade, `${c.id}/${n.id}`).toBe(answer);
          }
        }
      });

      it('has an explanation and known sources for every option, and answers that are all different', () => {
        for (const key of c.sources) expect(KNOWN_SOURCES.has(key), key).toBe(true);
        for (const q of questions(c)) {
          expect(q.options.filter((o) => o.correct), q.id).toHaveLength(1);
          expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
          const answers = q.options.map((o) => (q.kind === 'action' ? o.action : o.grade));
          expect(new Set(answers).size, `${q.id}: two options give the same answer`).toBe(answers.length);
          for (const key of q.sources) expect(KNOWN_SOURCES.has(key), key).toBe(true);
          for (const o of q.options) {
            expect(o.explanation.length, `${q.id}/${o.id}`).toBeGreaterThan(20);
            expect(o.sources.length, `${q.id}/${o.id}`).toBeGreaterThan(0);
            for (const key of o.sources) expect(KNOWN_SOURCES.has(key), key).toBe(true);
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

      it('quotes the label’s dexamethasone doses: 20 mg premedication, 8 mg every 8 h for CRS, at most 24 mg/day as pre-phase', () => {
        for (const n of Object.values(c.nodes)) {
          const text = allText(n);
          for (const m of text.matchAll(/dexamethasone (?:\(at most )?(\d+) mg/g)) expect(['20', '8', '24'], n.id).toContain(m[1]);
          if (/dexamethasone 8 mg/.test(text)) expect(text).toMatch(/dexamethasone 8 mg every 8 h/);
          if (/every 8 h/.test(text) && /taper/.test(text)) expect(text).toMatch(/up to 3 days, then taper over 4 days/);
        }
      });

      it('says, wherever it reads an ASTCT grade into the label, that the label uses CTCAE grades', () => {
        for (const q of questions(c)) {
          if (q.kind === 'action' && (q.situation.type === 'crs' || q.situation.type === 'neurotoxicity')) expect(q.rule, q.id).toMatch(/CTCAE.*approximation/);
        }
      });
    });
  }

  it('exercises every rule path of the label with at least one case, on the label’s own path', () => {
    const hit = new Set<RuleId>();
    for (const c of MANAGEMENT_CASES) {
      for (const id of labelPath(c)) {
        const n = c.nodes[id]!;
        if (n.type === 'question' && n.kind === 'action') hit.add(rulesAnswer(n).rule!);
      }
    }
    expect([...hit].sort()).toEqual([...RULE_IDS].sort());
  });

  it('uses the EU pre-phase rule in every start, including the "≥" at exactly 50 %', () => {
    const starts = MANAGEMENT_CASES.flatMap((c) => questions(c)).filter((q) => q.kind === 'action' && q.situation.type === 'before-cycle-1');
    expect(starts.length).toBeGreaterThanOrEqual(4);
    for (const q of starts) expect(q.rule, q.id).toMatch(/50 % or more.*15 000\/µL/);
    expect(starts.some((q) => q.kind === 'action' && q.situation.type === 'before-cycle-1' && q.situation.marrowBlastsPct === 50)).toBe(true);
  });

  it('walks the CRS case: pre-phase → grade 3 → interrupt + dexamethasone → restart at 9 → escalate to 28', () => {
    const c = caseById('crs-grade-3');
    const steps = labelPath(c)
      .map((id) => c.nodes[id]!)
      .filter((n): n is QuestionNode => n.type === 'question')
      .map((q) => correctOption(q));
    expect(steps.map((o) => o.grade ?? o.action)).toEqual(['prephase-premed-start-9', 3, 'interrupt-dexamethasone', 'restart-9-escalate', 'escalate-28-premed']);
  });

  it('walks the neurotoxicity cases: withhold at 28 µg/day, but stop when the event began at 9 µg/day or took over 7 days', () => {
    const path = (id: string) =>
      labelPath(caseById(id))
        .map((n) => caseById(id).nodes[n]!)
        .filter((n): n is QuestionNode => n.type === 'question')
        .map((q) => correctOption(q).grade ?? correctOption(q).action);
    expect(path('icans-seizure')).toEqual([3, 'withhold-until-grade-1', 'restart-9-escalate', 'discontinue']);
    expect(path('neuro-at-start-dose')).toEqual(['premed-start-9-no-prephase', 3, 'discontinue']);
    expect(path('neuro-slow-resolution')).toEqual(['prephase-premed-start-9', 3, 'withhold-until-grade-1', 'discontinue']);
    expect(path('other-reaction')).toEqual(['withhold-until-grade-1', 'restart-9-escalate', 'stay-9', 'escalate-28-premed', 'consider-discontinuation']);
  });
});
