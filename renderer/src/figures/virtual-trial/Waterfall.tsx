// The virtual trial's waterfall: one bar per patient, sorted from the highest marrow blasts to the lowest on a
// log axis, against the 5 % (CR-like) and 0.01 % (MRD-negative-like) lines. The bars form a listbox with one
// roving tab stop: arrow keys, Page Up/Down, Home and End move between patients, Enter (or a click) opens
// the patient in the PK/PD explorer. Thin render layer over geometry.ts.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { CohortResult } from '../../model';
import { formatSignificant } from '../pkpd-explorer/format';
import { formatBlasts } from './describe';
import {
  BLAST_TICKS,
  COLOUR_SCHEMES,
  WATERFALL,
  blastScale,
  innerHeight,
  innerWidth,
  movedFocus,
  patientsBySlot,
  responderBracket,
  thresholdLines,
  waterfallBars,
} from './geometry';
import type { ColourBy, VtDay } from './state';

export interface WaterfallProps {
  result: CohortResult;
  day: VtDay;
  colourBy: ColourBy;
  /** The focused patient (1-based; 0 = none). */
  focused: number;
  /** Bars glide to their new place and height when the cohort or day changes (false under reduced motion). */
  animate: boolean;
  uid: string;
  onFocusPatient: (patient: number) => void;
  onOpenPatient: (patient: number) => void;
  onHoverPatient: (patient: number | null) => void;
}

const { margin } = WATERFALL;

function patientOf(target: EventTarget | null): number | null {
  const value = target instanceof Element ? target.getAttribute('data-patient') : null;
  return value ? Number(value) : null;
}

function optionLabel(patient: number, result: CohortResult, day: VtDay): string {
  const p = result.patients[patient - 1]!;
  const blasts = day === 28 ? p.X28 : (p.X70 ?? p.X28);
  const label = day === 28 ? p.response28 : (p.response70 ?? p.response28);
  return `Patient ${patient}: ${formatBlasts(blasts)} at day ${day}, ${label}; Tregs ${formatSignificant(p.treg, 2)} %, marrow blasts ${formatSignificant(p.x0 * 100, 2)} % at the start`;
}

/** How long a bar takes to glide to its new place [ms]. */
export const GLIDE_MS = 450;

function barTransform(x: number, y: number, height: number, plotHeight: number): string {
  return `translate(${x}px, ${y}px) scale(1, ${height / plotHeight})`;
}

export const Waterfall = memo(function Waterfall({ result, day, colourBy, focused, animate, uid, onFocusPatient, onOpenPatient, onHoverPatient }: WaterfallProps): ReactNode {
  const bars = useMemo(() => waterfallBars(result.patients, day, colourBy), [result, day, colourBy]);
  const bySlot = useMemo(() => patientsBySlot(bars), [bars]);
  const labels = useMemo(() => bars.map((b) => optionLabel(b.patient, result, day)), [bars, result, day]);
  const barsRef = useRef<SVGGElement>(null);
  const placed = useRef(new Map<string, string>());

  // Bars glide from where they were (Web Animations: no CSS transition events for 200 elements to dispatch).
  useLayoutEffect(() => {
    const group = barsRef.current;
    if (!group) return;
    const before = placed.current;
    const after = new Map<string, string>();
    for (const el of Array.from(group.children) as SVGElement[]) {
      const key = el.dataset.bar ?? '';
      const to = el.style.transform;
      after.set(key, to);
      const from = before.get(key);
      if (animate && from !== undefined && from !== to && typeof el.animate === 'function') {
        el.animate([{ transform: from }, { transform: to }], { duration: GLIDE_MS, easing: 'ease' });
      }
    }
    placed.current = after;
  }, [bars, animate]);
  const lines = useMemo(() => thresholdLines(), []);
  const bracket = useMemo(() => responderBracket(bars, day), [bars, day]);
  const y = useMemo(() => blastScale(), []);
  const scheme = COLOUR_SCHEMES[colourBy];
  const w = innerWidth();
  const h = innerHeight();
  const listRef = useRef<SVGGElement>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const moveFocusRef = useRef(false);
  // the tab stop: the focused patient, or the leftmost bar
  const tabStop = focused > 0 && focused <= bars.length ? focused : (bySlot[0] ?? 0);
  const ring = bars[tabStop - 1];
  const selected = focused > 0 ? bars[focused - 1] : undefined;

  // After a key moved the focus, put the keyboard focus on the new patient's bar.
  useEffect(() => {
    if (!moveFocusRef.current) return;
    moveFocusRef.current = false;
    const el = listRef.current?.querySelector<SVGElement>(`[data-patient="${tabStop}"]`);
    el?.focus({ preventScroll: true });
  }, [tabStop]);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (tabStop > 0) onOpenPatient(tabStop);
      return;
    }
    const next = movedFocus(bySlot, focused > 0 ? focused : 0, event.key);
    if (next === null) return;
    event.preventDefault();
    moveFocusRef.current = true;
    onFocusPatient(next);
  };

  const onClick = (event: MouseEvent<SVGGElement>): void => {
    const patient = patientOf(event.target);
    if (patient === null) return;
    onFocusPatient(patient);
    onOpenPatient(patient);
  };

  const dayLabel = `day ${day}`;
  return (
    <svg
      className="vt-svg"
      viewBox={`0 0 ${WATERFALL.width} ${WATERFALL.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-labelledby={`${uid}-chart-title`}
    >
      <g transform={`translate(${margin.left},${margin.top})`}>
        <g aria-hidden="true" className="vt-axes">
          {BLAST_TICKS.map((t) => (
            <g key={t.fraction} transform={`translate(0,${y(t.fraction)})`}>
              <line className="vt-grid" x2={w} />
              <line className="vt-tick" x1={-5} x2={0} />
              <text x={-8} dy="0.32em" textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
        </g>

        <g className="vt-bars" aria-hidden="true" ref={barsRef}>
          {bars.map((b) => (
            <rect
              key={b.patient}
              data-bar={b.patient}
              className="vt-bar"
              width={b.width}
              height={h}
              fill={scheme.bins[b.bin]!.color}
              style={{ transform: barTransform(b.x, b.y, b.height, h) }}
            />
          ))}
        </g>

        <g aria-hidden="true" className="vt-lines">
          {lines.map((l) => (
            <g key={l.id} className={`vt-line vt-line--${l.id}`} transform={`translate(0,${l.y})`}>
              <line x1={0} x2={w + 4} />
              <text className="vt-line-value" x={w + 8} y={-5}>
                {l.label[0]}
              </text>
              <text className="vt-line-label" x={w + 8} y={12}>
                {l.label[1]}
              </text>
            </g>
          ))}
        </g>

        {selected && (
          <rect
            aria-hidden="true"
            className={`vt-selected${hasFocus ? ' vt-selected--focus' : ''}`}
            x={selected.slotX - 1.5}
            y={-4}
            width={selected.slotWidth + 3}
            height={h + 8}
          />
        )}
        {hasFocus && !selected && ring && (
          <rect aria-hidden="true" className="vt-selected vt-selected--focus" x={ring.slotX - 1.5} y={-4} width={ring.slotWidth + 3} height={h + 8} />
        )}

        <g aria-hidden="true" className="vt-under">
          {bracket && (
            <g className="vt-bracket">
              <path d={`M${bracket.x0},${h + 5}v5H${bracket.x1}v-5`} />
              <text x={bracket.x1} y={h + 23} textAnchor="end">
                {bracket.label}
              </text>
            </g>
          )}
          <text className="vt-x-title" x={0} y={h + 37}>
            Patients, from the highest marrow blasts at {dayLabel} (left) to the lowest
          </text>
        </g>

        <g
          ref={listRef}
          role="listbox"
          aria-label={`Patients of virtual trial ${result.seed}, from the highest marrow blasts at ${dayLabel} to the lowest. Arrow keys move, Enter opens the patient in the PK/PD explorer.`}
          className="vt-hits"
          onKeyDown={onKeyDown}
          onClick={onClick}
          onMouseMove={(e) => onHoverPatient(patientOf(e.target))}
          onMouseLeave={() => onHoverPatient(null)}
          onFocus={(e) => {
            setHasFocus(true);
            const patient = patientOf(e.target);
            if (patient !== null && patient !== focused) onFocusPatient(patient);
          }}
          onBlur={() => setHasFocus(false)}
        >
          {bySlot.map((patient, slot) => {
            const b = bars[patient - 1]!;
            // keyed by slot: a new order only rewrites attributes, it moves no element
            return (
              <rect
                key={slot}
                id={`${uid}-patient-${patient}`}
                data-patient={patient}
                role="option"
                aria-selected={patient === focused}
                aria-label={labels[patient - 1]}
                tabIndex={patient === tabStop ? 0 : -1}
                className="vt-hit"
                x={b.slotX}
                y={0}
                width={b.slotWidth}
                height={h}
              />
            );
          })}
        </g>
      </g>
    </svg>
  );
});
