// The frame every atlas figure sits in: title and caption, optional controls, the visual, a generated
// text description (live region + "Describe" toggle), an optional data table, badge and sources.
import { useEffect, useState, type ReactNode } from 'react';
import { MODEL_DISCLAIMER } from '../model';
import { SourcesLine } from './sources';
import { CopyLink } from './CopyLink';
import { ColumnHeads } from './ColumnHeads';
import { useFigurePrint } from './figure-print';
import './figure-frame.css';

export interface FigureTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface FigureFrameProps {
  /** Unique element id of the figure (sub-element ids derive from it). */
  id: string;
  title: string;
  caption?: ReactNode;
  /** Screen-reader text generated from the figure's current state. */
  description: string;
  /** Data-table alternative to the visual; the first column is used as the row header. */
  table?: FigureTable;
  /** Marks the visual as model output: shows "Illustrative — not for dosing decisions". */
  modelOutput?: boolean;
  sources?: ReactNode;
  /** Controls (buttons, sliders, time controls). */
  controls?: ReactNode;
  /**
   * Where the controls go: above the visual (default), or in a column beside it when the figure is wide enough
   * (figures with many inputs, so that the inputs, Play and the drawing fit one screen).
   */
  controlsPlacement?: 'top' | 'side';
  /**
   * Whether description changes are announced as they happen (default true). Set false while an
   * animation plays so screen readers are not flooded; the current description is announced again
   * when it turns back to true.
   */
  announce?: boolean;
  children: ReactNode;
}

/** The words a figure's host (a lesson, the presenter view) may give in place of the figure's own. */
export interface FigureTextProps {
  title?: string;
  caption?: ReactNode;
  /** Sources line; lessons pass their citation components here. */
  sources?: ReactNode;
}

/** A figure's own title, caption and sources line, and the short name its controls use. */
export interface FigureText extends FigureTextProps {
  title: string;
  /** Short name for control labels ("activation-burst figure" → "Time controls for the activation-burst figure"). */
  name?: string;
}

/** The frame's title, caption and sources: the host's where it gives them, the figure's own otherwise. */
export function figureText(props: FigureTextProps, own: FigureText): FigureText {
  const { title = own.title, caption = own.caption, sources = own.sources } = props;
  return own.name === undefined ? { title, caption, sources } : { title, caption, sources, name: own.name };
}

/** The badge on model output: the model's one disclaimer, as a label. */
export const MODEL_OUTPUT_BADGE = MODEL_DISCLAIMER.replace(/\.$/, '');

/** A button that shows and hides one of the frame's panels (the description, the data table). */
function PanelToggle({ open, panelId, onToggle, children }: { open: boolean; panelId: string; onToggle: (update: (open: boolean) => boolean) => void; children: ReactNode }): ReactNode {
  return (
    <button type="button" className="ff-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => onToggle((was) => !was)}>
      <span className="ff-toggle-mark" aria-hidden="true">
        {open ? '▾' : '▸'}
      </span>
      {children}
    </button>
  );
}

/** Turn any string into a safe id fragment. */
function idFragment(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-');
}

export function FigureFrame({
  id,
  title,
  caption,
  description,
  table,
  modelOutput = false,
  sources,
  controls,
  controlsPlacement = 'top',
  announce = true,
  children,
}: FigureFrameProps): ReactNode {
  const base = idFragment(id);
  const titleId = `${base}-title`;
  const descriptionId = `${base}-description`;
  const tableId = `${base}-table`;
  const captionId = `${base}-caption`;
  const [describeOpen, setDescribeOpen] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  // On paper (a handout) the description and the data table are printed, and the toggles are left out.
  const print = useFigurePrint();
  useEffect(() => print?.framed(), [print]);
  // The live region only follows the description while announcing; otherwise it keeps the last text.
  const [liveText, setLiveText] = useState(description);
  useEffect(() => {
    if (announce) setLiveText(description);
  }, [announce, description]);

  const head = (
    <>
      <figcaption className="ff-caption">
        <span className="ff-title" id={titleId}>
          {title}
        </span>
        {modelOutput && (
          <span className="ff-badge">
            <span aria-hidden="true" className="ff-badge-mark">i</span>
            {MODEL_OUTPUT_BADGE}
          </span>
        )}
      </figcaption>

      <div className="ff-body">
        {controls !== undefined && <div className="ff-controls">{controls}</div>}

        <div className="ff-visual">{children}</div>
      </div>

      {/* The caption follows the drawing, so controls, Play and the drawing come first on a screen. */}
      {caption !== undefined && (
        <p className="ff-caption-text" id={captionId}>
          {caption}
        </p>
      )}
    </>
  );
  const sourcesLine = sources !== undefined && <div className="ff-sources">{typeof sources === 'string' ? <SourcesLine text={sources} /> : sources}</div>;

  return (
    <figure className={controlsPlacement === 'side' ? 'ff ff-card ff--side' : 'ff ff-card'} id={id} aria-labelledby={titleId} aria-describedby={caption !== undefined ? captionId : undefined}>
      {print ? (
        // On paper: title, drawing, caption, sources and the host's note (the scenario and its link) in one
        // block that a page break never cuts; the description and the data table follow it.
        <div className="ff-print-unit">
          {head}
          {sourcesLine}
          {print.note}
        </div>
      ) : (
        <>
          {head}
          <div className="ff-toggles">
            <PanelToggle open={describeOpen} panelId={descriptionId} onToggle={setDescribeOpen}>
              Describe
            </PanelToggle>
            {table && (
              <PanelToggle open={tableOpen} panelId={tableId} onToggle={setTableOpen}>
                Data table
              </PanelToggle>
            )}
            <CopyLink />
          </div>
        </>
      )}

      <div id={descriptionId} className="ff-panel ff-description" hidden={!describeOpen && !print}>
        <p>{description}</p>
      </div>

      {table && (
        <div
          id={tableId}
          className="ff-panel ff-table-wrap"
          hidden={!tableOpen && !print}
          role="region"
          aria-label={`${title}: data table`}
          tabIndex={0}
        >
          <table className="ff-table">
            <caption>{table.caption}</caption>
            <ColumnHeads names={table.columns} />
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c} className={typeof cell === 'number' ? 'ff-num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {!print && sourcesLine}

      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {liveText}
      </div>
    </figure>
  );
}
