// The quiz's statistics as pictures with tables beside them: accuracy and recall after a gap by lesson and by
// topic, the due forecast for 30 days, a calendar of reviews, and time per question. D3 scales, React SVG, the
// atlas's colour-blind-safe series colours; each picture has a text summary and the table holds every number.
import { useMemo, useRef, type ReactNode } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { chartFontPx } from '../figures/common/chart-geometry';
import { useChartFont } from '../figures/common/chart-font';
import { useElementWidth } from '../ui/element-size';
import { ColumnHeads } from '../ui/ColumnHeads';
import { lessons } from '../data/content';
import { routeHref } from '../state/route';
import type { QuizCatalogue } from './cards';
import { answerTimes, dueForecast, groupStats, reviewsPerDay, type GroupStats } from './stats';
import type { QuizSnapshot, QuizStore } from './store';

export interface StatsViewProps {
  catalogue: QuizCatalogue;
  snapshot: QuizSnapshot;
  store: QuizStore;
  now: number;
}

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);

/**
 * A chart drawn at its real pixel size, so that its type follows the text-size setting and the projector theme
 * (as every figure's charts do) instead of shrinking with the drawing: `draw` gets the width and the type size.
 */
function ChartBox({ fallback, draw }: { fallback: number; draw: (width: number, fontPx: number) => ReactNode }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, fallback);
  const fontPx = chartFontPx(useChartFont());
  return (
    <div className="quiz-chart-box" ref={ref} style={{ fontSize: `${fontPx}px` }}>
      {draw(width, fontPx)}
    </div>
  );
}

/** A label broken into at most two lines of `chars` characters at spaces (the second line ends in … if cut). */
function labelLines(label: string, chars: number): string[] {
  if (label.length <= chars) return [label];
  const words = label.split(' ');
  let first = '';
  while (words.length && `${first} ${words[0]}`.trim().length <= chars) first = `${first} ${words.shift()}`.trim();
  if (!first) first = words.shift() ?? '';
  const rest = words.join(' ');
  return [first, rest.length > chars ? `${rest.slice(0, chars - 1)}…` : rest].filter(Boolean);
}
const dayLabel = (t: number) => new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/** Paired horizontal bars (accuracy, recall after a gap) per group, with the table beside. */
function GroupChart({ title, rows, id }: { title: string; rows: GroupStats[]; id: string }): ReactNode {
  const described = rows.filter((r) => r.reviews > 0);
  const summary = described.length
    ? `${title}: ${described.map((r) => `${r.label} ${pct(r.accuracy)} right${r.retention !== null ? `, ${pct(r.retention)} recalled after a gap` : ''}`).join('; ')}.`
    : `${title}: no reviews yet.`;
  const draw = (width: number, fontPx: number): ReactNode => {
    const labelW = Math.round(Math.min(width * 0.42, fontPx * 16));
    const chars = Math.max(8, Math.floor(labelW / (fontPx * 0.56)));
    const rowH = Math.round(fontPx * 2.6);
    const top = Math.round(fontPx * 2);
    const height = rows.length * rowH + top + 8;
    const valueW = fontPx * 5;
    const x = scaleLinear().domain([0, 1]).range([labelW + 6, width - valueW]);
    const y = scaleBand<string>().domain(rows.map((r) => r.id)).range([top, height - 8]).padding(0.2);
    const swatch = Math.round(fontPx * 0.9);
    return (
      <svg className="quiz-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        <g className="quiz-legend" aria-hidden="true">
          <rect x={x(0)} y={2} width={swatch} height={swatch} className="bar-accuracy" />
          <text x={x(0) + swatch + 4} y={2 + swatch * 0.9}>
            right
          </text>
          <rect x={x(0) + fontPx * 4.5} y={2} width={swatch} height={swatch} className="bar-retention" />
          <text x={x(0) + fontPx * 4.5 + swatch + 4} y={2 + swatch * 0.9}>
            recalled after ≥ 1 day
          </text>
        </g>
        {[0, 0.5, 1].map((t) => (
          <line key={t} className="quiz-grid" x1={x(t)} x2={x(t)} y1={top - 4} y2={height - 8} />
        ))}
        {rows.map((r) => {
          const y0 = y(r.id)!;
          const h = y.bandwidth() / 2;
          const lines = labelLines(r.label, chars);
          return (
            <g key={r.id}>
              <text className="quiz-axis-label" x={labelW} y={y0 + h + fontPx * 0.35 - ((lines.length - 1) * fontPx * 1.1) / 2} textAnchor="end">
                {lines.length > 1 && <title>{r.label}</title>}
                {lines.map((line, k) => (
                  <tspan key={k} x={labelW} dy={k ? fontPx * 1.1 : 0}>
                    {line}
                  </tspan>
                ))}
              </text>
              {r.accuracy !== null && <rect className="bar-accuracy" x={x(0)} y={y0} width={x(r.accuracy) - x(0)} height={h - 1} />}
              {r.retention !== null && <rect className="bar-retention" x={x(0)} y={y0 + h} width={x(r.retention) - x(0)} height={h - 1} />}
              <text className="quiz-value" x={x(Math.max(r.accuracy ?? 0, r.retention ?? 0)) + 4} y={y0 + h + fontPx * 0.35}>
                {r.reviews ? pct(r.accuracy) : 'no reviews'}
              </text>
            </g>
          );
        })}
      </svg>
    );
  };
  return (
    <StatSection
      id={id}
      title={title}
      fallback={460}
      draw={draw}
      caption={title}
      columns={[id.endsWith('tag') ? 'Topic' : 'Lesson', 'Reviews', 'Right', 'Recalled after ≥ 1 day']}
      rows={rows.map((r) => ({ key: r.id, label: r.label, values: [r.reviews, pct(r.accuracy), `${pct(r.retention)}${r.recalls ? ` (${r.recalled}/${r.recalls})` : ''}`] }))}
      compact={false}
    />
  );
}

/** Vertical bars on a count axis (the forecast, the time histogram): bars with a hover title, labels under some. */
function columnChart(options: {
  summary: string;
  bars: readonly { key: string | number; value: number; title?: string; label?: string; className: string }[];
  /** Labels under the axis at these bar keys (every bar with a label when omitted). */
  labelled?: readonly (string | number)[];
}): (width: number, fontPx: number) => ReactNode {
  const { summary, bars } = options;
  return (width, fontPx) => {
    const height = Math.round(fontPx * 14);
    const left = Math.round(fontPx * 2.8);
    const bottom = Math.round(fontPx * 2.2);
    const x = scaleBand<string | number>().domain(bars.map((b) => b.key)).range([left, width - 6]).padding(0.15);
    const y = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.value))]).nice().range([height - bottom, fontPx]);
    const labelled = bars.filter((b) => b.label && (!options.labelled || options.labelled.includes(b.key)));
    return (
      <svg className="quiz-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line className="quiz-grid" x1={left} x2={width - 6} y1={y(t)} y2={y(t)} />
            <text className="quiz-axis-label" x={left - 4} y={y(t) + fontPx * 0.35} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b) => (
          <rect key={b.key} className={b.className} x={x(b.key)} y={y(b.value)} width={x.bandwidth()} height={y(0) - y(b.value)}>
            {b.title && <title>{b.title}</title>}
          </rect>
        ))}
        {labelled.map((b) => (
          <text key={b.key} className="quiz-axis-label" x={(x(b.key) ?? 0) + x.bandwidth() / 2} y={height - fontPx * 0.6} textAnchor="middle">
            {b.label}
          </text>
        ))}
      </svg>
    );
  };
}

/** A statistic: its heading, an optional line, the picture, and a table beside it with every number (a row heading, then the values). */
function StatSection(props: {
  id: string;
  title: string;
  intro?: ReactNode;
  fallback: number;
  draw: (width: number, fontPx: number) => ReactNode;
  caption: string;
  columns: readonly string[];
  rows: readonly { key: string | number; label: string; values: readonly ReactNode[] }[];
  /** The table scrolls within a fixed height (default); false for a short table shown whole. */
  compact?: boolean;
}): ReactNode {
  const { id, title, intro, fallback, draw, caption, columns, rows, compact = true } = props;
  return (
    <section className="quiz-stat" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p>{intro}</p>}
      <div className="quiz-stat-body">
        <ChartBox fallback={fallback} draw={draw} />
        <table className={compact ? 'quiz-table quiz-table-compact' : 'quiz-table'}>
          <caption className="visually-hidden">{caption}</caption>
          <ColumnHeads names={columns} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, k) => (
                  <td key={k}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ForecastChart({ days }: { days: { day: number; date: number; due: number }[] }): ReactNode {
  const total = days.reduce((s, d) => s + d.due, 0);
  const busiest = days.reduce((a, b) => (b.due > a.due ? b : a), days[0]!);
  const summary = `Due forecast: ${total} cards due in the next 30 days, ${days[0]!.due} today${busiest.due ? `; the busiest day is ${dayLabel(busiest.date)} with ${busiest.due}` : ''}.`;
  const draw = columnChart({
    summary,
    bars: days.map((d) => ({ key: d.day, value: d.due, title: `${dayLabel(d.date)}: ${d.due}`, label: d.day === 0 ? 'today' : `+${d.day} d`, className: 'bar-forecast' })),
    labelled: [0, 7, 14, 21, 28],
  });
  return (
    <StatSection
      id="stat-forecast"
      title="Due in the next 30 days"
      fallback={560}
      draw={draw}
      caption="Cards due per day"
      columns={['Day', 'Due']}
      rows={days.filter((d) => d.due > 0 || d.day === 0).map((d) => ({ key: d.day, label: d.day === 0 ? `Today (${dayLabel(d.date)})` : dayLabel(d.date), values: [d.due] }))}
    />
  );
}

function CalendarChart({ days }: { days: { date: number; reviews: number }[] }): ReactNode {
  const firstWeekday = (new Date(days[0]!.date).getDay() + 6) % 7; // Monday first
  const weeks = Math.ceil((days.length + firstWeekday) / 7);
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, 1 + Math.floor((3 * n) / max + 0.0001)));
  const total = days.reduce((s, d) => s + d.reviews, 0);
  const active = days.filter((d) => d.reviews > 0).length;
  let streak = 0;
  for (let k = days.length - 1; k >= 0 && days[k]!.reviews > 0; k -= 1) streak += 1;
  const summary = `Reviews per day over the last 26 weeks: ${total} review${total === 1 ? '' : 's'} on ${active} day${active === 1 ? '' : 's'}; current streak ${streak} day${streak === 1 ? '' : 's'}.`;
  const weekTotals: { start: number; reviews: number }[] = [];
  days.forEach((d, k) => {
    const w = Math.floor((k + firstWeekday) / 7);
    weekTotals[w] ??= { start: d.date, reviews: 0 };
    weekTotals[w]!.reviews += d.reviews;
  });
  const draw = (boxWidth: number, fontPx: number): ReactNode => {
    const label = Math.round(fontPx * 2.8);
    const cell = Math.max(Math.round(fontPx * 1.05), Math.min(Math.round(fontPx * 1.6), Math.floor((boxWidth - label - 4) / weeks)));
    const width = label + weeks * cell + 4;
    const height = 7 * cell + Math.round(fontPx * 2.4);
    const legendY = 7 * cell + Math.round(fontPx * 0.8);
    return (
      <svg className="quiz-chart quiz-calendar" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {['Mon', 'Wed', 'Fri'].map((name, k) => (
          <text key={name} className="quiz-axis-label" x={label - 4} y={(k * 2 + 1) * cell + cell * 0.5 + fontPx * 0.35} textAnchor="end">
            {name}
          </text>
        ))}
        {days.map((d, k) => {
          const slot = k + firstWeekday;
          return (
            <rect key={d.date} className={`heat heat-${level(d.reviews)}`} x={label + Math.floor(slot / 7) * cell} y={(slot % 7) * cell} width={cell - 2} height={cell - 2} rx={2}>
              <title>{`${dayLabel(d.date)}: ${d.reviews} review${d.reviews === 1 ? '' : 's'}`}</title>
            </rect>
          );
        })}
        <g aria-hidden="true">
          <text className="quiz-axis-label" x={width - 5 * cell - fontPx * 3.2} y={legendY + cell * 0.5 + fontPx * 0.35} textAnchor="end">
            fewer
          </text>
          {[0, 1, 2, 3, 4].map((l) => (
            <rect key={l} className={`heat heat-${l}`} x={width - (5 - l) * cell - fontPx * 3} y={legendY} width={cell - 2} height={cell - 2} rx={2} />
          ))}
          <text className="quiz-axis-label" x={width - fontPx * 2.8} y={legendY + cell * 0.5 + fontPx * 0.35}>
            more
          </text>
        </g>
      </svg>
    );
  };
  return (
    <StatSection
      id="stat-calendar"
      title="Reviews per day"
      intro={summary.replace('Reviews per day over the last 26 weeks: ', '')}
      fallback={460}
      draw={draw}
      caption="Reviews per week"
      columns={['Week of', 'Reviews']}
      rows={weekTotals
        .filter((w) => w.reviews > 0)
        .slice(-12)
        .map((w) => ({ key: w.start, label: dayLabel(w.start), values: [w.reviews] }))}
    />
  );
}

function TimeChart({ bins, medianSeconds }: ReturnType<typeof answerTimes>): ReactNode {
  const summary = `Time to answer: ${bins.map((b) => `${b.label} ${b.count}`).join(', ')}; median ${medianSeconds === null ? 'not known yet' : `${Math.round(medianSeconds)} s`}.`;
  const draw = columnChart({ summary, bars: bins.map((b) => ({ key: b.label, value: b.count, title: `${b.label}: ${b.count}`, label: b.label, className: 'bar-time' })) });
  return (
    <StatSection
      id="stat-time"
      title="Time per question"
      intro={`Median: ${medianSeconds === null ? 'no answers yet' : `${Math.round(medianSeconds)} s`} (a board exam allows about 90 s).`}
      fallback={460}
      draw={draw}
      caption="Answers by time taken"
      columns={['Time', 'Answers']}
      rows={bins.map((b) => ({ key: b.label, label: b.label, values: [b.count] }))}
    />
  );
}

export function StatsView({ catalogue, snapshot, now }: StatsViewProps): ReactNode {
  const records = snapshot.records;
  const byLesson = useMemo(
    () =>
      groupStats(
        catalogue,
        records,
        lessons.map((l) => ({ id: l.slug, label: l.title })),
        (id) => [catalogue.byId.get(id)!.lesson],
      ),
    [catalogue, records],
  );
  const byTag = useMemo(() => groupStats(catalogue, records, catalogue.tags, (id) => catalogue.byId.get(id)!.tags), [catalogue, records]);
  const forecast = useMemo(() => dueForecast(records, now), [records, now]);
  const calendar = useMemo(() => reviewsPerDay(records, now), [records, now]);
  const times = useMemo(() => answerTimes(records), [records]);
  const reviews = [...records.values()].reduce((s, r) => s + r.reviews.length, 0);
  return (
    <div className="quiz-stats">
      <header className="page-header">
        <h1>Quiz statistics</h1>
        <p className="page-lead">
          {reviews} review{reviews === 1 ? '' : 's'} of {[...records.values()].filter((r) => r.reviews.length).length} cards. <a href={routeHref({ name: 'quiz' })}>← Back to the quiz</a>
        </p>
      </header>
      <GroupChart id="stat-lesson" title="Accuracy and retention by lesson" rows={byLesson} />
      <GroupChart id="stat-tag" title="Accuracy and retention by topic" rows={byTag.filter((t) => t.reviews > 0).length ? byTag.filter((t) => t.reviews > 0) : byTag.slice(0, 6)} />
      <ForecastChart days={forecast} />
      <CalendarChart days={calendar} />
      <TimeChart {...times} />
    </div>
  );
}
