// A card as the resident sees it on one review: a bank item with its options in an order drawn from the review's
// seed (so the position of the right answer teaches nothing), or a fresh instance of a model-computed template, or
// a management case to walk. The seed is stored with the review, so the same question can be shown again (undo).
import type { InstanceFigure } from './templates/template';
import { drawInstance, Rng } from './templates/template';
import type { QuizCard, QuizCatalogue } from './cards';
import { cardKey } from './cards';

export interface PresentedOption {
  /** "A"…"F". */
  letter: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface PresentedChoice {
  type: 'choice';
  card: QuizCard;
  seed: number;
  stem: string;
  options: PresentedOption[];
  /** Model-computed items: the model's run → explain paragraph. Bank items: none (each option explains itself). */
  explanation: string | null;
  figure: InstanceFigure | null;
  /** Model-computed items: the ranges the inputs were drawn from. */
  ranges: string | null;
  refs: readonly string[];
}

export interface PresentedCase {
  type: 'case';
  card: QuizCard;
  seed: number;
  caseId: string;
}

export type Presented = PresentedChoice | PresentedCase;

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

function lettered(options: readonly { text: string; correct: boolean; explanation: string }[]): PresentedOption[] {
  return options.map((o, k) => ({ letter: LETTERS[k]!, text: o.text, correct: o.correct, explanation: o.explanation }));
}

/** The card drawn for one review with this seed. Throws if the card is not in the catalogue. */
export function present(card: QuizCard, seed: number, catalogue: QuizCatalogue): Presented {
  const key = cardKey(card.id);
  switch (card.kind) {
    case 'item': {
      const item = catalogue.items.get(key);
      if (!item) throw new Error(`no bank item ${key}`);
      const options = new Rng(seed).shuffle(item.options);
      return { type: 'choice', card, seed, stem: item.stem, options: lettered(options), explanation: null, figure: null, ranges: null, refs: item.refs };
    }
    case 'template': {
      const template = catalogue.templates.get(key);
      if (!template) throw new Error(`no template ${key}`);
      const instance = drawInstance(template, seed);
      return { type: 'choice', card, seed, stem: instance.stem, options: lettered(instance.options), explanation: instance.explanation, figure: instance.figure, ranges: template.ranges, refs: instance.refs };
    }
    case 'case':
      if (!catalogue.cases.has(key)) throw new Error(`no case ${key}`);
      return { type: 'case', card, seed, caseId: key };
  }
}

/** The index of the right option. */
export function rightIndex(question: PresentedChoice): number {
  return question.options.findIndex((o) => o.correct);
}
