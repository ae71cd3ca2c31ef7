// <TrialsTable />: the pivotal trials of blinatumomab as a sortable table (content/quiz/trials.yaml),
// with design, results, safety, sources and — where the source review got a row wrong — the correction. The
// table fits the lesson column at the usual window and text sizes; where it cannot, a hint says it scrolls
// sideways and the edge it scrolls past is shaded (a word is never cut off without a sign).
import { useRef, type ReactNode } from 'react';
import { trials } from '../../data/content';
import { useFigure, type FigureProps } from '../../state/react';
import { CopyLink } from '../../ui/CopyLink';
import { useSideScroll } from '../../ui/side-scroll';
import { Sources } from '../../ui/sources';
import { sortTrials, type TrialSortKey } from './sort';
import { trialsKind, type TrialsAction, type TrialsState } from './state';
import './trials-table.css';

const COLUMNS: { key: TrialSortKey | null; label: string }[] = [
  { key: 'name', label: 'Trial' },
  { key: 'patients', label: 'Patients' },
  { key: null, label: 'Results' },
  { key: null, label: 'Safety' },
];

export interface TrialsTableProps extends FigureProps<TrialsState, TrialsAction> {
  /** Lesson attributes (link fields, checked at build time): sort="name|patients", dir="descending". */
  sort?: string;
  dir?: string;
}

export function TrialsTable(props: TrialsTableProps): ReactNode {
  const { state: sort, dispatch, id } = useFigure(trialsKind, props);
  const scrollRef = useRef<HTMLDivElement>(null);
  const side = useSideScroll(scrollRef);
  const hintId = `${id}-scroll-hint`;
  const rows = sortTrials(trials, sort.key, sort.direction);
  const toggle = (key: TrialSortKey) => dispatch({ type: 'sort', key });
  const sortLabel = sort.key === 'authored' ? 'in the order of the lesson' : `by ${sort.key === 'name' ? 'trial name' : 'number of patients'}, ${sort.direction}`;
  return (
    <figure className="trials" id={id} data-figure="trials-table" aria-labelledby="trials-title">
      <figcaption>
        <span id="trials-title" className="trials-title">
          The pivotal trials of blinatumomab
        </span>
        <span className="trials-hint"> Sort with the column buttons. Every figure comes from the sources in the last line of its row.</span>
      </figcaption>
      <p id={hintId} className="trials-scroll-hint" hidden={!side.wide}>
        The table is wider than this window: scroll it sideways to see every column (Shift + mouse wheel, or Tab to the table
        and use the arrow keys).
      </p>
      <div className="trials-frame" data-more-left={side.left ? '' : undefined} data-more-right={side.right ? '' : undefined}>
        <div ref={scrollRef} className="trials-scroll" role="region" aria-label="Trials table" aria-describedby={side.wide ? hintId : undefined} tabIndex={0}>
          <table>
            <caption className="visually-hidden">Trials of blinatumomab, sorted {sortLabel}</caption>
            <thead>
              <tr>
                {COLUMNS.map((col) => (
                  <th key={col.label} scope="col" aria-sort={col.key && sort.key === col.key ? sort.direction : undefined}>
                    {col.key ? (
                      <button type="button" className="sort-button" onClick={() => toggle(col.key!)}>
                        {col.label}
                        <span aria-hidden="true" className="sort-icon">
                          {sort.key === col.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      col.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((trial) => (
                <tr key={trial.id} data-trial={trial.id}>
                  <th scope="row">
                    <span className="trial-name">{trial.name}</span>
                    <span className="trial-meta">{trial.population}</span>
                    <span className="trial-meta">
                      <strong>Design:</strong> {trial.design}
                    </span>
                    <span className="trial-meta">
                      <strong>Schedule:</strong> {trial.schedule}
                    </span>
                  </th>
                  <td className="trial-n">{trial.n}</td>
                  <td>
                    <p>{trial.efficacy}</p>
                    <p>{trial.survival}</p>
                  </td>
                  <td>
                    <p>{trial.toxicity}</p>
                    {trial.correction && (
                      <p className="trial-correction">
                        <strong>Correction to the source review:</strong> {trial.correction}
                      </p>
                    )}
                    <Sources as="p" className="trial-sources" refs={trial.refs} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        Sorted {sortLabel}.
      </p>
      <p className="trials-link">
        <CopyLink />
      </p>
    </figure>
  );
}
