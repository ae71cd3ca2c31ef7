// The cards of the self-quiz: every bank item (check-yourself questions first), every model-computed template
// (one card; each review draws a new instance) and every management case (a branching item). Card ids are
// "bank:<item id>", "tpl:<template id>" and "case:<case id>" — the ids the review log stores.
import type { QuizItem, QuizTag } from '../data/content';
import type { ManagementCaseData } from '../figures/management-case/cases';
import type { ItemTemplate } from './templates/template';

export type CardKind = 'item' | 'template' | 'case';

export interface QuizCard {
  id: string;
  kind: CardKind;
  lesson: string;
  /** Heading id of the section that teaches it. */
  section: string;
  tags: readonly string[];
  difficulty: 1 | 2 | 3;
  /** A clinical vignette (cases and vignette items) rather than a knowledge question. */
  vignette: boolean;
  /** One line for lists: the stem's start, the template's title, the case's name. */
  title: string;
}

export interface QuizCatalogue {
  cards: readonly QuizCard[];
  byId: ReadonlyMap<string, QuizCard>;
  items: ReadonlyMap<string, QuizItem>;
  templates: ReadonlyMap<string, ItemTemplate>;
  cases: ReadonlyMap<string, ManagementCaseData>;
  tags: readonly QuizTag[];
}

/** Where the management cases are taught (lesson 4's section on acting by the label). */
export const CASE_LESSON = 'cns-toxicity-and-crs';
export const CASE_SECTION = 'when-toxicity-appears';

export const cardIdOf = {
  item: (id: string) => `bank:${id}`,
  template: (id: string) => `tpl:${id}`,
  case: (id: string) => `case:${id}`,
};

function firstWords(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, flat.lastIndexOf(' ', max - 1))}…`;
}

export function buildCatalogue(items: readonly QuizItem[], tags: readonly QuizTag[], templates: readonly ItemTemplate[], cases: readonly ManagementCaseData[]): QuizCatalogue {
  const cards: QuizCard[] = [
    ...items.map((item): QuizCard => ({
      id: cardIdOf.item(item.id),
      kind: 'item',
      lesson: item.lesson,
      section: item.section,
      tags: item.tags,
      difficulty: item.difficulty,
      vignette: item.kind === 'vignette',
      title: firstWords(item.stem),
    })),
    ...templates.map((t): QuizCard => ({ id: cardIdOf.template(t.id), kind: 'template', lesson: t.lesson, section: t.section, tags: t.tags, difficulty: t.difficulty, vignette: false, title: t.title })),
    ...cases.map((c): QuizCard => ({
      id: cardIdOf.case(c.id),
      kind: 'case',
      lesson: CASE_LESSON,
      section: CASE_SECTION,
      tags: ['management', 'grading'],
      difficulty: 3,
      vignette: true,
      title: c.name,
    })),
  ];
  return {
    cards,
    byId: new Map(cards.map((c) => [c.id, c])),
    items: new Map(items.map((i) => [i.id, i])),
    templates: new Map(templates.map((t) => [t.id, t])),
    cases: new Map(cases.map((c) => [c.id, c])),
    tags,
  };
}

/** The part of a card id after its kind ("bank:x" → "x"). */
export function cardKey(cardId: string): string {
  return cardId.slice(cardId.indexOf(':') + 1);
}
