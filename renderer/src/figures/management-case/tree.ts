// Walking a management case (pure, no DOM): the reader's progress as a small immutable state with
// select / check / continue / back / restart, plus the label's path, progress and the final summary.
import type { CaseNode, CaseOption, ManagementCaseData, OutcomeNode, QuestionNode } from './cases';

export interface CaseProgress {
  caseId: string;
  /** Nodes visited, from the start; the last one is the current node. */
  path: readonly string[];
  /** Checked answers: question id → option id. */
  answers: Readonly<Record<string, string>>;
  /** The option picked on the current question but not yet checked. */
  selection: string | null;
}

export type CaseAction =
  | { type: 'select'; optionId: string }
  | { type: 'check' }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'restart' };

export function node(data: ManagementCaseData, id: string): CaseNode {
  const n = data.nodes[id];
  if (!n) throw new Error(`case ${data.id} has no node ${id}`);
  return n;
}

export function question(data: ManagementCaseData, id: string): QuestionNode {
  const n = node(data, id);
  if (n.type !== 'question') throw new Error(`node ${id} of case ${data.id} is not a question`);
  return n;
}

export function option(q: QuestionNode, optionId: string): CaseOption {
  const o = q.options.find((x) => x.id === optionId);
  if (!o) throw new Error(`question ${q.id} has no option ${optionId}`);
  return o;
}

export function correctOption(q: QuestionNode): CaseOption {
  const o = q.options.find((x) => x.correct);
  if (!o) throw new Error(`question ${q.id} has no correct option`);
  return o;
}

/** Where choosing an option leads. */
export function nextOf(q: QuestionNode, o: CaseOption): string {
  return o.next ?? q.next;
}

export function startProgress(data: ManagementCaseData): CaseProgress {
  return { caseId: data.id, path: [data.start], answers: {}, selection: null };
}

export function currentNode(data: ManagementCaseData, p: CaseProgress): CaseNode {
  return node(data, p.path[p.path.length - 1]!);
}

/** The checked answer on the current question, if any. */
export function currentAnswer(data: ManagementCaseData, p: CaseProgress): CaseOption | null {
  const n = currentNode(data, p);
  if (n.type !== 'question') return null;
  const id = p.answers[n.id];
  return id === undefined ? null : option(n, id);
}

export function reduceCase(data: ManagementCaseData, p: CaseProgress, action: CaseAction): CaseProgress {
  const n = currentNode(data, p);
  switch (action.type) {
    case 'select': {
      if (n.type !== 'question' || p.answers[n.id] !== undefined) return p;
      option(n, action.optionId);
      return { ...p, selection: action.optionId };
    }
    case 'check': {
      if (n.type !== 'question' || p.selection === null || p.answers[n.id] !== undefined) return p;
      return { ...p, answers: { ...p.answers, [n.id]: p.selection } };
    }
    case 'continue': {
      if (n.type !== 'question') return p;
      const answered = p.answers[n.id];
      if (answered === undefined) return p;
      return { ...p, path: [...p.path, nextOf(n, option(n, answered))], selection: null };
    }
    case 'back': {
      // Back undoes one step: first the check of the current answer (the choice stays selected),
      // then the move to the current node.
      if (n.type === 'question' && p.answers[n.id] !== undefined) {
        const { [n.id]: previous, ...rest } = p.answers;
        return { ...p, answers: rest, selection: previous ?? null };
      }
      if (p.path.length <= 1) return p;
      const path = p.path.slice(0, -1);
      const previousId = path[path.length - 1]!;
      const answers: Record<string, string> = {};
      for (const id of path.slice(0, -1)) if (p.answers[id] !== undefined) answers[id] = p.answers[id]!;
      // Back re-opens the previous question with the reader's earlier choice selected, ready to change.
      return { ...p, path, answers, selection: p.answers[previousId] ?? null };
    }
    case 'restart':
      return startProgress(data);
  }
}

/** The label's path: the correct option at every question, from the start to an outcome. */
export function labelPath(data: ManagementCaseData): string[] {
  const path = [data.start];
  const seen = new Set(path);
  for (;;) {
    const n = node(data, path[path.length - 1]!);
    if (n.type === 'outcome') return path;
    const next = nextOf(n, correctOption(n));
    if (seen.has(next)) throw new Error(`case ${data.id}: the label's path loops at ${next}`);
    seen.add(next);
    path.push(next);
  }
}

/** Every path from the start (one per sequence of choices), each ending at a node; throws on a cycle. */
export function allPaths(data: ManagementCaseData): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]): void => {
    const n = node(data, path[path.length - 1]!);
    if (n.type === 'outcome') {
      out.push(path);
      return;
    }
    const targets = new Set(n.options.map((o) => nextOf(n, o)));
    for (const t of targets) {
      if (path.includes(t)) throw new Error(`case ${data.id}: cycle through ${t}`);
      walk([...path, t]);
    }
  };
  walk([data.start]);
  return out;
}

export interface ProgressInfo {
  /** 1-based number of the current question (or the number of questions answered, at an outcome). */
  step: number;
  /** Questions on the label's path. */
  total: number;
  atOutcome: boolean;
}

export function progressInfo(data: ManagementCaseData, p: CaseProgress): ProgressInfo {
  const total = labelPath(data).length - 1;
  const atOutcome = currentNode(data, p).type === 'outcome';
  return { step: atOutcome ? p.path.length - 1 : p.path.length, total, atOutcome };
}

export interface SummaryRow {
  questionId: string;
  title: string;
  yours: string;
  label: string;
  matches: boolean;
}

export interface CaseSummary {
  rows: SummaryRow[];
  matched: number;
  answered: number;
  outcome: OutcomeNode | null;
}

/** The reader's choices against the label's, for the questions on the path taken. */
export function summarize(data: ManagementCaseData, p: CaseProgress): CaseSummary {
  const rows: SummaryRow[] = [];
  for (const id of p.path) {
    const n = node(data, id);
    if (n.type !== 'question') continue;
    const answered = p.answers[id];
    if (answered === undefined) continue;
    const yours = option(n, answered);
    const label = correctOption(n);
    rows.push({ questionId: id, title: n.title, yours: yours.text, label: label.text, matches: yours.id === label.id });
  }
  const last = currentNode(data, p);
  return { rows, matched: rows.filter((r) => r.matches).length, answered: rows.length, outcome: last.type === 'outcome' ? last : null };
}
