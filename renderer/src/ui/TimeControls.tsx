// Time controls shared by every animated figure: play/pause, step back and forward, jump between
// landmarks, speed, a scrubbable timeline that snaps to regimen landmarks, and reset — all by keyboard.
import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { formatDayTime, type FigureClock } from './clock';
import { snapToLandmark, type TimeAction, type TimeConfig, type TimeState } from '../state/time';
import './time-controls.css';

/** Small inline icons (SVG, so they never depend on a font having the glyph). */
const ICON_PATHS = {
  reset: 'M4 3v10M13 3 6 8l7 5z',
  prevLandmark: 'M3 3v10M14 3 7 8l7 5zM10 3 3 8',
  back: 'M12 3 5 8l7 5z',
  play: 'M5 3l8 5-8 5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  forward: 'M4 3l7 5-7 5z',
  nextLandmark: 'M13 3v10M2 3l7 5-7 5z',
} as const;

function Icon({ name }: { name: keyof typeof ICON_PATHS }) {
  return (
    <svg className="tc-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}

export interface TimeControlsProps {
  /** The engine (for the per-frame thumb and readout) … */
  clock: FigureClock;
  /** … the timeline (span, step, speeds, named landmarks) … */
  config: TimeConfig;
  /** … the time state it follows (play/pause, speed) … */
  time: TimeState;
  /** … and where the controls' actions go. */
  dispatch: (action: TimeAction) => void;
  /** How the current time is written (default: "day 2, 06:00"). */
  formatTime?: (tDays: number) => string;
  /** Accessible name of the group, e.g. "Time controls for the synapse figure". */
  label: string;
}

export function TimeControls({ clock, config, time, dispatch, formatTime = formatDayTime, label }: TimeControlsProps) {
  const { playing, speed } = time;
  const { startDays, endDays, stepDays, speeds, landmarks } = config;
  const sliderRef = useRef<HTMLInputElement>(null);
  const readoutRef = useRef<HTMLSpanElement>(null);
  const id = useId();
  const span = endDays - startDays;
  // Arrow keys move one figure step (at most 2 % of the timeline); drags snap to the same grid.
  const resolution = Math.min(stepDays, span / 50);

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

  // While playing, the engine is ahead of the state (it reports a few times a second): steps start from where
  // the reader sees the figure. Paused, the state is exact (and already holds any step just taken).
  const liveFrom = (): number | undefined => (clock.playing ? clock.now() : undefined);

  // A new timeline (another regimen or view range): the thumb moves to the kept time at once.
  useLayoutEffect(() => {
    if (sliderRef.current) sliderRef.current.value = String(clock.now());
  }, [clock, startDays, endDays]);

  const onSlider = (value: number) => {
    const snapped = snapToLandmark(value, landmarks, span * 0.015);
    if (playing) dispatch({ type: 'pause', t: snapped });
    else dispatch({ type: 'seek', t: snapped });
    if (sliderRef.current) sliderRef.current.value = String(snapped);
  };

  return (
    <div className="time-controls" role="group" aria-label={label}>
      <div className="time-buttons">
        <button type="button" className="tc-button" onClick={() => dispatch({ type: 'reset' })} aria-label="Reset to the start" title="Reset">
          <Icon name="reset" />
        </button>
        <button type="button" className="tc-button" onClick={() => dispatch({ type: 'step', direction: -1, toLandmark: true, from: liveFrom() })} aria-label="Previous landmark" title="Previous landmark" disabled={landmarks.length === 0}>
          <Icon name="prevLandmark" />
        </button>
        <button type="button" className="tc-button" onClick={() => dispatch({ type: 'step', direction: -1, from: liveFrom() })} aria-label="Step back" title="Step back">
          <Icon name="back" />
        </button>
        <button type="button" className="tc-button tc-play" onClick={() => dispatch({ type: 'toggle', from: liveFrom() })} aria-label={playing ? 'Pause' : 'Play'} aria-pressed={playing} data-playing={playing}>
          <Icon name={playing ? 'pause' : 'play'} />
          <span className="tc-play-label">{playing ? 'Pause' : 'Play'}</span>
        </button>
        <button type="button" className="tc-button" onClick={() => dispatch({ type: 'step', direction: 1, from: liveFrom() })} aria-label="Step forward" title="Step forward">
          <Icon name="forward" />
        </button>
        <button type="button" className="tc-button" onClick={() => dispatch({ type: 'step', direction: 1, toLandmark: true, from: liveFrom() })} aria-label="Next landmark" title="Next landmark" disabled={landmarks.length === 0}>
          <Icon name="nextLandmark" />
        </button>
        <label className="tc-speed">
          <span>Speed</span>
          <select value={speed} onChange={(e) => dispatch({ type: 'speed', speed: Number(e.target.value) })}>
            {speeds.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="tc-readout" ref={readoutRef} aria-hidden="true">
          {formatTime(clock.now())}
        </span>
      </div>
      <div className="tc-timeline">
        <input
          ref={sliderRef}
          aria-label="Time"
          type="range"
          className="tc-slider"
          min={startDays}
          max={endDays}
          step={resolution}
          defaultValue={clock.now()}
          aria-valuetext={formatTime(clock.now())}
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
                <li key={`${l.tDays}-${l.label}`} style={{ left: `${((l.tDays - startDays) / span) * 100}%` }}>
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
