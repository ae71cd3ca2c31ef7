// The quiz's home: what is due today and a button to review it; tutor and timed-exam sessions; a custom session
// by lesson, tag, difficulty, kind, flagged or previously wrong; the desired retention; and the history's export,
// import and the Anki export of the written questions.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { lessons } from '../data/content';
import { routeHref } from '../state/route';
import type { QuizCard, QuizCatalogue } from './cards';
import { chooseSet, filterCards, EMPTY_FILTER, EXAM_SECONDS_PER_QUESTION, type CardFilter, type SessionPlan } from './session';
import { MAX_RETENTION, MIN_RETENTION, type DueQueue } from './schedule';
import type { QuizSnapshot, QuizStore } from './store';
import { HistoryPanel } from './HistoryPanel';
import { SuspendedPanel } from './SuspendedPanel';

export interface QuizHomeProps {
  catalogue: QuizCatalogue;
  snapshot: QuizSnapshot;
  store: QuizStore;
  queue: DueQueue;
  retention: number;
  onRetention(value: number): void;
  onStart(plan: SessionPlan): void;
}

const DIFFICULTY_NAMES = { 1: 'Recall', 2: 'Application', 3: 'Analysis' } as const;
const KIND_NAMES = { item: 'Written questions', template: 'Model-computed', case: 'Management cases' } as const;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Check boxes for a list of values (lessons, tags, …). */
function Choices<T extends string | number>({ legend, values, chosen, label, onChange }: { legend: string; values: readonly T[]; chosen: readonly T[]; label(value: T): string; onChange(next: T[]): void }): ReactNode {
  return (
    <fieldset className="quiz-choices">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="quiz-choice">
          <input type="checkbox" checked={chosen.includes(value)} onChange={() => onChange(toggle(chosen, value))} /> {label(value)}
        </label>
      ))}
    </fieldset>
  );
}

export function QuizHome({ catalogue, snapshot, store, queue, retention, onRetention, onStart }: QuizHomeProps): ReactNode {
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [filter, setFilter] = useState<CardFilter>(EMPTY_FILTER);
  const [count, setCount] = useState(20);
  const [style, setStyle] = useState<'each' | 'end'>('each');
  const random = Math.random;

  const counts = useMemo(() => {
    const items = catalogue.cards.filter((c) => c.kind === 'item');
    return {
      items: items.length,
      vignettes: items.filter((c) => c.vignette).length,
      templates: catalogue.cards.filter((c) => c.kind === 'template').length,
      cases: catalogue.cards.filter((c) => c.kind === 'case').length,
    };
  }, [catalogue]);
  // An exam asks single-best-answer questions only: no management cases (only cases chosen → nothing matches).
  const examKinds = (kinds: readonly QuizCard['kind'][]): QuizCard['kind'][] => (kinds.length ? kinds.filter((k) => k !== 'case') : ['item', 'template']);
  const matching = useMemo(
    () => (style === 'end' && filter.kinds.length > 0 && examKinds(filter.kinds).length === 0 ? [] : filterCards(catalogue.cards, snapshot.records, style === 'end' ? { ...filter, kinds: examKinds(filter.kinds) } : filter)),
    [catalogue, snapshot.records, filter, style],
  );
  const reviewable = queue.learning.length + queue.review.length + queue.fresh.length;
  const singleBest = catalogue.cards.filter((c) => c.kind !== 'case');

  const startTutor = () => onStart({ mode: 'tutor', cards: chooseSet(filterCards(catalogue.cards, snapshot.records, EMPTY_FILTER), snapshot.records, 10, random), explanations: 'each', minutes: null });
  const startExam = () => {
    const cards = chooseSet(filterCards(singleBest, snapshot.records, EMPTY_FILTER), snapshot.records, 20, random);
    onStart({ mode: 'exam', cards, explanations: 'end', minutes: Math.round((cards.length * EXAM_SECONDS_PER_QUESTION) / 60) });
  };
  const startCustom = () => {
    const cards = chooseSet(matching, snapshot.records, count, random);
    onStart({ mode: 'custom', cards, explanations: style, minutes: style === 'end' ? Math.max(1, Math.round((cards.length * EXAM_SECONDS_PER_QUESTION) / 60)) : null });
  };

  return (
    <div className="quiz-home">
      <header className="page-header">
        <h1>Self-quiz</h1>
        <p className="page-lead">
          {counts.items} written questions ({counts.vignettes} clinical vignettes), {counts.templates} model-computed questions that draw new numbers at every review, and {counts.cases} management cases.
          Cards come back when you are about to forget them (FSRS spaced repetition).
        </p>
      </header>

      <section className="quiz-panel quiz-due" aria-labelledby={`${uid}-due`}>
        <h2 id={`${uid}-due`}>
          <span className="quiz-due-count" data-due-today={queue.dueToday}>
            {queue.dueToday}
          </span>{' '}
          due today
        </h2>
        <p>
          {queue.learning.length} in learning · {queue.review.length} reviews · {queue.fresh.length} new card{queue.fresh.length === 1 ? '' : 's'} on offer today
        </p>
        <button type="button" className="button" disabled={reviewable === 0} onClick={() => onStart({ mode: 'review', cards: [], explanations: 'each', minutes: null })}>
          {reviewable ? 'Start review' : 'Nothing to review today'}
        </button>
        <p className="quiz-hint">By keyboard: A–F (or 1–6) picks an answer, Enter submits, 1–4 rates, Enter takes the suggested rating, F flags, U undoes.</p>
      </section>

      <div className="quiz-panels">
        <section className="quiz-panel" aria-labelledby={`${uid}-tutor`}>
          <h2 id={`${uid}-tutor`}>Tutor</h2>
          <p>Ten questions you have not seen (or not lately), each explained as soon as you answer.</p>
          <button type="button" className="button" onClick={startTutor}>
            Start tutor session
          </button>
        </section>
        <section className="quiz-panel" aria-labelledby={`${uid}-exam`}>
          <h2 id={`${uid}-exam`}>Timed exam</h2>
          <p>
            Twenty single-best-answer questions in {Math.round((20 * EXAM_SECONDS_PER_QUESTION) / 60)} minutes. Explanations at the end, with a review of what you got wrong.
          </p>
          <button type="button" className="button" onClick={startExam}>
            Start exam
          </button>
        </section>
      </div>

      <section className="quiz-panel quiz-custom" aria-labelledby={`${uid}-custom`}>
        <h2 id={`${uid}-custom`}>Custom session</h2>
        <Choices legend="Lessons" values={lessons.map((l) => l.slug)} chosen={filter.lessons} label={(slug) => lessons.find((l) => l.slug === slug)?.title ?? slug} onChange={(next) => setFilter({ ...filter, lessons: next })} />
        <Choices legend="Topics" values={catalogue.tags.map((t) => t.id)} chosen={filter.tags} label={(id) => catalogue.tags.find((t) => t.id === id)?.label ?? id} onChange={(next) => setFilter({ ...filter, tags: next })} />
        <div className="quiz-custom-row">
          <Choices legend="Difficulty" values={[1, 2, 3] as const} chosen={filter.difficulties} label={(d) => DIFFICULTY_NAMES[d]} onChange={(next) => setFilter({ ...filter, difficulties: next })} />
          <Choices legend="Kind" values={['item', 'template', 'case'] as const} chosen={filter.kinds} label={(k) => KIND_NAMES[k]} onChange={(next) => setFilter({ ...filter, kinds: next })} />
          <fieldset className="quiz-choices">
            <legend>Only</legend>
            <label className="quiz-choice">
              <input type="checkbox" checked={filter.flagged} onChange={() => setFilter({ ...filter, flagged: !filter.flagged })} /> Flagged
            </label>
            <label className="quiz-choice">
              <input type="checkbox" checked={filter.wrong} onChange={() => setFilter({ ...filter, wrong: !filter.wrong })} /> Wrong last time
            </label>
            <label className="quiz-choice">
              <input type="checkbox" checked={filter.unseen} onChange={() => setFilter({ ...filter, unseen: !filter.unseen })} /> Never answered
            </label>
          </fieldset>
          <fieldset className="quiz-choices">
            <legend>Style</legend>
            <label className="quiz-choice">
              <input type="radio" name={`${uid}-style`} checked={style === 'each'} onChange={() => setStyle('each')} /> Tutor (explain each)
            </label>
            <label className="quiz-choice">
              <input type="radio" name={`${uid}-style`} checked={style === 'end'} onChange={() => setStyle('end')} /> Exam (timed, explain at the end; no cases)
            </label>
          </fieldset>
        </div>
        <p className="quiz-custom-start">
          <label>
            Questions{' '}
            <input type="number" min={1} max={200} value={count} onChange={(e) => setCount(Math.max(1, Math.min(200, Number(e.target.value) || 1)))} />
          </label>{' '}
          <span role="status">
            {matching.length} card{matching.length === 1 ? '' : 's'} match
            {style === 'end' && filter.kinds.length === 1 && filter.kinds[0] === 'case' ? ' (management cases are not part of an exam: choose Tutor)' : ''}.
          </span>{' '}
          <button type="button" className="button" disabled={matching.length === 0} onClick={startCustom}>
            Start custom session
          </button>
        </p>
      </section>

      <section className="quiz-panel" aria-labelledby={`${uid}-settings`}>
        <h2 id={`${uid}-settings`}>Scheduling</h2>
        <label className="quiz-retention">
          Desired retention: <strong>{Math.round(retention * 100)} %</strong>
          <input type="range" min={MIN_RETENTION} max={MAX_RETENTION} step={0.01} value={retention} onChange={(e) => onRetention(Number(e.target.value))} aria-valuetext={`${Math.round(retention * 100)} percent`} />
        </label>
        <p className="quiz-hint">
          The share of cards you want to still know when they come back. Higher means shorter intervals and more reviews a day; 90 % suits most. A change applies from each card’s next review.
        </p>
        <p>
          <a href={routeHref({ name: 'quiz', view: 'stats' })}>Statistics: accuracy, retention, forecast and history →</a>
        </p>
      </section>

      <SuspendedPanel catalogue={catalogue} snapshot={snapshot} store={store} />
      <HistoryPanel catalogue={catalogue} snapshot={snapshot} />
    </div>
  );
}
