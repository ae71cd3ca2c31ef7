// Time controls shared by every animated figure: play/pause, step back and forward, jump between
// landmarks, speed, a scrubbable timeline that snaps to regimen landmarks, and reset — all by keyboard.
import { useEffect, useId, useRef } from 'react';
import { formatDayTime, useClockState, type FigureClock } from './clock';
import './time-controls.css';

export interface Landmark {
  tDays: number;
  label: string;
}

export interface TimeControlsProps {
  clock: FigureClock;
  landmarks?: readonly Landmark[];
  /** How the current time is written (default: "day 2, 06:00"). */
  formatTime?: (tDays: number) => string;
  /** Accessible name of the group, e.g. "Time controls for the synapse figure". */
  label: string;
}

export function TimeControls({ clock, landmarks = [], formatTime = formatDayTime, label }: TimeControlsProps) {
  const { playing, speed } = useClockState(clock, 1000);
  const sliderRef = useRef<HTMLInputElement>(null);
  const readoutRef = useRef<HTMLSpanElement>(null);
  const id = useId();
  const span = clock.endDays - clock.startDays;
  const resolution = span / 2000;

  // Per-frame: the slider thumb and the readout follow the clock through refs, not React state.
  useEffect(
    () =>
      clock.onTime((t) => {
        if (sliderRef.current && document.activeElement !== sliderRef.current) sliderRef.current.value = String(t);
        if (sliderRef.current) sliderRef.current.setAttribute('aria-valuetext', formatTime(t));
        if (readoutRef.current) readoutRef.current.textContent = formatTime(t);
      }),
    [clock, formatTime],
  );

  const onSlider = (value: number) => {
    const snapped = landmarks.reduce((best, l) => (Math.abs(l.tDays - value) < Math.abs(best - value) && Math.abs(l.tDays - value) <= span * 0.015 ? l.tDays : best), value);
    clock.pause();
    clock.seek(snapped);
    if (sliderRef.current) sliderRef.current.value = String(snapped);
  };

  return (
    <div className="time-controls" role="group" aria-label={label}>
      <div className="time-buttons">
        <button type="button" className="tc-button" onClick={() => clock.reset()} aria-label="Reset to the start" title="Reset">
          <span aria-hidden="true">⏮</span>
        </button>
        <button type="button" className="tc-button" onClick={() => clock.step(-1, true)} aria-label="Previous landmark" title="Previous landmark" disabled={landmarks.length === 0}>
          <span aria-hidden="true">⇤</span>
        </button>
        <button type="button" className="tc-button" onClick={() => clock.step(-1)} aria-label="Step back" title="Step back">
          <span aria-hidden="true">◀︎</span>
        </button>
        <button type="button" className="tc-button tc-play" onClick={() => clock.toggle()} aria-label={playing ? 'Pause' : 'Play'} aria-pressed={playing} data-playing={playing}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          <span className="tc-play-label">{playing ? 'Pause' : 'Play'}</span>
        </button>
        <button type="button" className="tc-button" onClick={() => clock.step(1)} aria-label="Step forward" title="Step forward">
          <span aria-hidden="true">▶︎</span>
        </button>
        <button type="button" className="tc-button" onClick={() => clock.step(1, true)} aria-label="Next landmark" title="Next landmark" disabled={landmarks.length === 0}>
          <span aria-hidden="true">⇥</span>
        </button>
        <label className="tc-speed">
          <span>Speed</span>
          <select value={speed} onChange={(e) => clock.setSpeed(Number(e.target.value))}>
            {clock.speeds.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="tc-readout" ref={readoutRef} aria-hidden="true">
          {formatTime(clock.getState().t)}
        </span>
      </div>
      <div className="tc-timeline">
        <label htmlFor={`${id}-time`} className="visually-hidden">
          Time
        </label>
        <input
          ref={sliderRef}
          id={`${id}-time`}
          type="range"
          className="tc-slider"
          min={clock.startDays}
          max={clock.endDays}
          step={resolution}
          defaultValue={clock.getState().t}
          aria-valuetext={formatTime(clock.getState().t)}
          list={landmarks.length ? `${id}-landmarks` : undefined}
          onChange={(e) => onSlider(Number(e.target.value))}
        />
        {landmarks.length > 0 && (
          <>
            <datalist id={`${id}-landmarks`}>
              {landmarks.map((l) => (
                <option key={l.tDays} value={l.tDays} label={l.label} />
              ))}
            </datalist>
            <ol className="tc-landmarks" aria-label="Landmarks">
              {landmarks.map((l) => (
                <li key={`${l.tDays}-${l.label}`} style={{ left: `${((l.tDays - clock.startDays) / span) * 100}%` }}>
                  <button type="button" className="tc-landmark" onClick={() => onSlider(l.tDays)} aria-label={`Go to ${l.label} (${formatTime(l.tDays)})`} title={l.label}>
                    <span aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
