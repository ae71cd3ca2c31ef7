// Loading the self-quiz's catalogue: the bank (its own chunk), the templates and the management cases.
import { loadQuizBank } from '../data/content';
import { MANAGEMENT_CASES } from '../figures/management-case/cases';
import { TEMPLATES } from './templates';
import { buildCatalogue, type QuizCatalogue } from './catalogue';

export * from './catalogue';

let loading: Promise<QuizCatalogue> | null = null;

/** The catalogue, loaded once (the bank is its own chunk). */
export function loadCatalogue(): Promise<QuizCatalogue> {
  loading ??= loadQuizBank().then(({ items, tags }) => buildCatalogue(items, tags, TEMPLATES, MANAGEMENT_CASES));
  return loading;
}

