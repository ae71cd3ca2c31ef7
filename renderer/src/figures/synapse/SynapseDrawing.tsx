// The synapse drawing: React renders the SVG structure once; each frame the painter moves its elements to
// the scene of the clock's time (stage progress mapped to hours of the model's trajectory).
import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { FigureClock } from '../../ui/clock';
import { useFigureUid } from '../../ui/ModelFigure';
import { ADHESION_OFFSETS, BLAST, BYSTANDER, CALLOUTS, COUNTS, CYTOKINES, FONT_UNITS, MAGNIFICATION, MAGNIFIER, MARKERS, NEXT_BLAST, VIEW, drawnProgress, receptorKinds, sceneAt } from './scene';
import { cytokineDotCount, drawingLevels, hoursAtProgress, readoutAt, type SynapseModel } from './schedule';
import { BiteGlyph, CytokineGlyph, MarkerGlyph, ReceptorGlyph, TextLines } from './glyphs';
import { applyScene, emptyRefs, f2, type DrawingRefs } from './painter';

interface DrawingProps {
  clock: FigureClock;
  model: SynapseModel;
  reducedMotion: boolean;
  titleId: string;
}


export const SynapseDrawing = memo(function SynapseDrawing({ clock, model, reducedMotion, titleId }: DrawingProps): ReactNode {
  const refs = useRef<DrawingRefs>(emptyRefs());
  const uid = useFigureUid();
  const worldId = `${uid}-world`;
  const clipId = `${uid}-clip`;
  const M = MAGNIFIER;
  const kinds = useMemo(() => receptorKinds(), []);

  useEffect(() => {
    const { tr, timeline } = model;
    return clock.onTime((progress) => {
      // With reduced motion the drawing is one still frame per stage: the stage's keyframe, model and all.
      const drawn = drawnProgress(progress, reducedMotion);
      const readout = readoutAt(tr, timeline, hoursAtProgress(timeline, drawn));
      const levels = drawingLevels(readout);
      const scene = sceneAt({
        progress: drawn,
        freeLevel: levels.freeLevel,
        boundLevel: levels.boundLevel,
        cytokineDots: cytokineDotCount(readout.il6PgPerMl, timeline.il6BasePgPerMl),
      });
      applyScene(refs.current, scene);
    });
  }, [clock, model, reducedMotion]);

  const r = refs.current;
  const bind =
    <K extends keyof DrawingRefs>(key: K, index: number) =>
    (el: Element | null): void => {
      (r[key] as (Element | null)[])[index] = el;
    };

  return (
    <svg className="syn-svg" viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="img" aria-labelledby={titleId}>
      <defs>
        <clipPath id={clipId}>
          <circle cx={M.source.x} cy={M.source.y} r={M.sourceRadius} />
        </clipPath>
      </defs>
      {/* everything that moves with the cells; the magnifier shows it again, enlarged */}
      <g id={worldId}>
        {/* free drug in the fluid */}
        <g className="syn-free-bites">
          {Array.from({ length: COUNTS.freeBites }, (_, i) => (
            <g key={i} ref={bind('bites', i)} opacity={0}>
              <BiteGlyph />
            </g>
          ))}
        </g>

        {/* the CD19-negative bystander: never bound, never killed */}
        <g className="syn-bystander">
          <circle className="syn-cell syn-cell--bystander" cx={BYSTANDER.x} cy={BYSTANDER.y} r={BYSTANDER.r} />
          <circle className="syn-nucleus syn-nucleus--bystander" cx={BYSTANDER.x - 4} cy={BYSTANDER.y - 3} r={24} />
          <TextLines lines={['CD19⁻ bystander:', 'no CD19, never bound']} x={BYSTANDER.x} y={BYSTANDER.y + BYSTANDER.r + 20} anchor="middle" />
        </g>

        {/* the next CD19+ blast */}
        <g className="syn-next">
          <circle className="syn-cell syn-cell--blast" cx={NEXT_BLAST.x} cy={NEXT_BLAST.y} r={NEXT_BLAST.r} />
          <circle className="syn-nucleus syn-nucleus--blast" cx={NEXT_BLAST.x + 4} cy={NEXT_BLAST.y - 2} r={32} />
          <TextLines lines={['next CD19⁺ blast']} x={NEXT_BLAST.x} y={NEXT_BLAST.y - NEXT_BLAST.r - 20} anchor="middle" />
        </g>

        {/* the target blast */}
        <g className="syn-blast">
          {Array.from({ length: COUNTS.bodies }, (_, i) => (
            <circle key={i} className="syn-cell syn-cell--blast syn-body" ref={bind('bodies', i)} cx={BLAST.x} cy={BLAST.y} r={0} opacity={0} />
          ))}
          <path className="syn-cell syn-cell--blast" ref={(el) => void (r.blastOutline = el)} />
          <circle className="syn-nucleus syn-nucleus--blast" ref={(el) => void (r.nucleus = el)} cx={BLAST.x + 8} cy={BLAST.y - 6} r={46} />
          {Array.from({ length: COUNTS.nucleusFragments }, (_, i) => (
            <circle key={i} className="syn-fragment" ref={bind('fragments', i)} cx={BLAST.x} cy={BLAST.y} r={0} opacity={0} />
          ))}
          {Array.from({ length: COUNTS.caspases }, (_, i) => (
            <g key={i} ref={bind('caspases', i)} opacity={0}>
              <path className="syn-caspase" d="M-6 0 H6 M-3 -5.2 L3 5.2 M-3 5.2 L3 -5.2" />
            </g>
          ))}
          {Array.from({ length: COUNTS.granzymes }, (_, i) => (
            <circle key={i} className="syn-granzyme" ref={bind('granzymes', i)} r={2.8} opacity={0} />
          ))}
        </g>

        {/* the T cell (moves as one group; its outline is redrawn to flatten at the synapse) */}
        <path className="syn-cell syn-cell--t" ref={(el) => void (r.tOutline = el)} />
        <g ref={(el) => void (r.tCell = el)} data-syn="t-cell">
          <path className="syn-nucleus syn-nucleus--t" d="M-30 -8 C-30 -30 -6 -36 8 -28 C20 -22 22 -8 14 0 C22 8 18 24 2 26 C-18 28 -30 14 -30 -8 Z" />
          <text className="syn-text syn-text--cell" ref={(el) => void (r.tLabel = el)} x={-4} y={48} textAnchor="middle" fontSize={FONT_UNITS}>
            T cell
          </text>
        </g>
        {Array.from({ length: COUNTS.granules }, (_, i) => (
          <circle key={i} className="syn-granule" ref={bind('granules', i)} r={5} />
        ))}

        {/* receptors on every cell; the drug bound to them; adhesion at the synapse's rim */}
        <g className="syn-receptors">
          {kinds.map((kind, i) => (
            <g key={i} ref={bind('receptors', i)} className={`syn-receptor syn-receptor--${kind}`}>
              <ReceptorGlyph kind={kind} />
            </g>
          ))}
        </g>
        {ADHESION_OFFSETS.map((_, i) => (
          <g key={i} className="syn-adhesion" ref={bind('adhesion', i)} opacity={0}>
            <path className="syn-adhesion-lfa1" />
            <path className="syn-adhesion-icam" />
          </g>
        ))}
        {Array.from({ length: COUNTS.pores }, (_, i) => (
          <g key={i} ref={bind('pores', i)} opacity={0}>
            <rect className="syn-pore" x={-3} y={-3} width={6} height={6} rx={2.5} />
          </g>
        ))}
        <g className="syn-bound-bites">
          {Array.from({ length: COUNTS.ringBites + COUNTS.bridgeBites + COUNTS.nextBites }, (_, i) => (
            <g key={i} ref={bind('bites', COUNTS.freeBites + i)} opacity={0}>
              <BiteGlyph />
            </g>
          ))}
        </g>
        {MARKERS.map((mk, i) => (
          <g key={mk.id} ref={bind('markers', i)} opacity={0}>
            <g transform="scale(1.6)">
              <MarkerGlyph id={mk.id} />
            </g>
          </g>
        ))}
        {MARKERS.map((mk, i) => (
          <text key={mk.id} className="syn-text syn-text--marker" ref={bind('markerLabels', i)} x={0} y={0} textAnchor="middle" fontSize={FONT_UNITS} opacity={0}>
            {mk.name}
          </text>
        ))}
      </g>

      {/* the cleft, enlarged */}
      <circle className="syn-mag-source" cx={M.source.x} cy={M.source.y} r={M.sourceRadius} />
      <g className="syn-magnifier">
        <circle className="syn-mag-bg" cx={M.centre.x} cy={M.centre.y} r={M.radius} />
        <g transform={`translate(${M.centre.x} ${M.centre.y}) scale(${f2(MAGNIFICATION)}) translate(${-M.source.x} ${-M.source.y})`}>
          <use href={`#${worldId}`} clipPath={`url(#${clipId})`} />
        </g>
        <circle className="syn-mag-ring" cx={M.centre.x} cy={M.centre.y} r={M.radius} />
        <text className="syn-text syn-text--small" x={M.centre.x + M.radius * 0.72} y={M.centre.y + M.radius + 2} textAnchor="start" fontSize={FONT_UNITS}>
          ×{MAGNIFICATION.toFixed(1)}
        </text>
      </g>

      <text className="syn-text syn-text--small" ref={bind('receptorLabels', 0)} textAnchor="start" fontSize={FONT_UNITS}>
        CD19
      </text>
      <text className="syn-text syn-text--small" ref={bind('receptorLabels', 1)} textAnchor="end" fontSize={FONT_UNITS}>
        CD3
      </text>

      {/* cytokines released by the activated T cell (count ∝ the model's serum IL-6) */}
      <g className="syn-cytokines">
        {Array.from({ length: COUNTS.cytokines }, (_, i) => {
          const c = CYTOKINES[i % CYTOKINES.length]!;
          return (
            <g key={i} ref={bind('cytokines', i)} className={`syn-cytokine syn-cytokine--${c.id}`} opacity={0}>
              <CytokineGlyph shape={c.shape} />
            </g>
          );
        })}
      </g>
      <g className="syn-cytokine-legend" ref={(el) => void (r.cytokineLegend = el)} opacity={0}>
        <text className="syn-text syn-text--bold" x={18} y={298} fontSize={FONT_UNITS}>
          cytokines
        </text>
        {CYTOKINES.map((c, i) => (
          <g key={c.id} transform={`translate(26 ${318 + i * 20})`}>
            <g className={`syn-cytokine syn-cytokine--${c.id}`}>
              <CytokineGlyph shape={c.shape} size={5.5} />
            </g>
            <text className="syn-text" x={14} y={5} fontSize={FONT_UNITS}>
              {c.name}
            </text>
          </g>
        ))}
      </g>

      {/* static labels */}
      <TextLines lines={['CD19⁺ leukaemic', 'blast (target)']} x={628} y={162} anchor="start" className="syn-text--bold" />

      {/* stage callouts */}
      {CALLOUTS.map((c) => (
        <g key={c.id} className="syn-callout" ref={(el) => void (r.callouts[c.id] = el)} opacity={0}>
          <path className="syn-leader" ref={(el) => void (r.leaders[c.id] = el)} />
          <TextLines lines={c.lines} x={c.x} y={c.y} anchor={c.anchor} />
        </g>
      ))}
    </svg>
  );
});

