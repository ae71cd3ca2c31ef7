// The one slider of the atlas: a labelled range input with its value shown beside it and announced as its
// value text, optional tick marks (e.g. a cut-off) and a hint. Figures pass values in their own units.
import type { ReactNode } from 'react';
import { useFigureUid } from './uid';
import './slider.css';

export interface SliderProps {
  label: ReactNode;
  min: number;
  max: number;
  step: number;
  value: number;
  /** What the value means, in words (shown beside the slider and read by screen readers). */
  valueText: string;
  marks?: readonly { value: number; label: string }[];
  hint?: ReactNode;
  onChange: (value: number) => void;
  /** Element id of the input (default: generated). */
  id?: string;
  className?: string;
}

export function Slider({ label, min, max, step, value, valueText, marks, hint, onChange, id: givenId, className }: SliderProps): ReactNode {
  const generated = useFigureUid();
  const id = givenId ?? `slider-${generated}`;
  return (
    <div className={`slider${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        list={marks ? `${id}-marks` : undefined}
        aria-valuetext={valueText}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {marks && (
        <datalist id={`${id}-marks`}>
          {marks.map((m) => (
            <option key={m.value} value={m.value} label={m.label} />
          ))}
        </datalist>
      )}
      <output htmlFor={id}>{valueText}</output>
      {hint && (
        <span className="slider-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
