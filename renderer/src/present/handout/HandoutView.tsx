// A lesson as a handout (#/handout/<slug>[/notes]): laid out on screen as it prints — light, A4 measure, no
// controls, every figure at its state (the reader's, else its presentation step's) with its scenario, description and
// data table, answers at the end, the references and the model's disclaimer. Printed with the browser's print dialog,
// or saved as PDF by the desktop app.
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { LessonBody, LessonIntro, LessonReferences } from '../../lessons/LessonView';
import { LessonContext } from '../../lessons/lesson-context';
import { checkQuestionsById, type LessonMeta } from '../../data/content';
import { MODEL_DISCLAIMER } from '../../model';
import { navigate, routeHref } from '../../state/route';
import { useAtlas } from '../../state/services';
import { shouldMoveFocus } from '../../ui/focus';
import { HandoutNotesContext, handoutComponents, optionLetter } from './handout-components';
import { takeHandoutPrintRequest } from './print-request';
import './handout.css';

/** The file name the desktop app suggests for a lesson's handout. */
export function handoutFileName(meta: LessonMeta): string {
  return `bite-atlas-lesson-${meta.order}-${meta.slug}.pdf`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** The answers of the lesson's check-yourself questions, with why the right one is right. */
function Answers({ meta }: { meta: LessonMeta }): ReactNode {
  const questions = meta.checkIds.map((id) => checkQuestionsById.get(id)).filter((q) => q !== undefined);
  if (questions.length === 0) return null;
  return (
    <section className="handout-answers" aria-labelledby="handout-answers-title">
      <h2 id="handout-answers-title">Answers</h2>
      <ol>
        {questions.map((q) => {
          const right = q.options.findIndex((o) => o.correct);
          return (
            <li key={q.id}>
              <strong>
                Check yourself {meta.checkIds.indexOf(q.id) + 1}: {optionLetter(right)} — {q.options[right]!.text}
              </strong>{' '}
              {q.options[right]!.explanation}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** What a page break may never cut: a figure's frame block, or a figure without a frame that is not a table of data. */
export const UNBREAKABLE_SELECTOR = '.ff-print-unit, .handout-figure--unframed:not(:has(table))';
/** The printable height of an A4 page between the handout's 15 mm margins (267 mm), in CSS px. */
export const PAGE_HEIGHT_PX = (267 * 96) / 25.4;

/**
 * Figures taller than the room a page has for them (a page less the frame's edge above them) are drawn smaller, so
 * that no page break has to cut them: laid out at their width as it is (their charts keep their geometry) and zoomed
 * to 97 % of that room.
 */
function fitToPage(root: HTMLElement): void {
  // Folded explanations are printed unfolded.
  for (const details of root.querySelectorAll('details')) details.open = true;
  for (const unit of root.querySelectorAll<HTMLElement>(UNBREAKABLE_SELECTOR)) {
    if (unit.style.zoom) continue;
    const { width, height, top } = unit.getBoundingClientRect();
    const frameTop = unit.closest('.handout-figure')?.getBoundingClientRect().top ?? top;
    const room = PAGE_HEIGHT_PX - Math.max(0, top - frameTop);
    if (height <= room) continue;
    unit.style.width = `${width}px`;
    unit.style.zoom = String(Math.floor(((room * 0.97) / height) * 1000) / 1000);
  }
}

/** True once the lesson body and every figure in `root` have loaded (no loading placeholder left). */
function isComplete(root: HTMLElement): boolean {
  return root.querySelector('.handout-body .handout-figure, .handout-body p') !== null && root.querySelector('.loading, .figure-loading, [aria-busy="true"]') === null;
}

/** Marks the article ready (data-handout-ready) once everything has loaded; returns readiness and notes found. */
function useHandoutReady(ref: React.RefObject<HTMLElement | null>, key: string): { ready: boolean; hasNotes: boolean } {
  const [status, setStatus] = useState({ ready: false, hasNotes: false });
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    setStatus({ ready: false, hasNotes: false });
    let frame = 0;
    let fitted = false;
    const check = (): void => {
      frame = 0;
      if (!isComplete(root)) return;
      // Once, when everything is first drawn: at the sheet's width, which is the printed page's.
      if (!fitted) fitToPage(root);
      fitted = true;
      setStatus({ ready: true, hasNotes: root.querySelector('[data-handout-notes]') !== null });
    };
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(check);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'class'] });
    check();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [ref, key]);
  return status;
}

export function HandoutView({ meta, notes = false }: { meta: LessonMeta; notes?: boolean }): ReactNode {
  const { platform } = useAtlas();
  const articleRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { ready, hasNotes } = useHandoutReady(articleRef, `${meta.slug}/${notes}`);
  const [status, setStatus] = useState('');
  const desktop = typeof platform.saveHandoutPdf === 'function';

  // Ctrl+P on the lesson brought the reader here: print once everything is drawn.
  useEffect(() => {
    if (ready && takeHandoutPrintRequest()) window.print();
  }, [ready]);

  useEffect(() => {
    document.title = `Handout: ${meta.title} · BiTE Atlas`;
    window.scrollTo({ top: 0 });
    // Screen readers hear the handout's title after a move here (not on the very first page load: Tab reaches the skip link).
    if (shouldMoveFocus()) titleRef.current?.focus({ preventScroll: true });
  }, [meta]);

  const print = async (): Promise<void> => {
    if (!platform.saveHandoutPdf) {
      window.print();
      return;
    }
    setStatus('Preparing the PDF…');
    try {
      const saved = await platform.saveHandoutPdf({ suggestedName: handoutFileName(meta) });
      setStatus(saved ? 'The handout was saved as a PDF.' : 'Not saved: the save dialog was cancelled.');
    } catch (error) {
      setStatus(`The PDF could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <LessonContext.Provider value={meta}>
      <div className="handout-toolbar" role="region" aria-label="Handout actions">
        <a href={routeHref({ name: 'lesson', slug: meta.slug })}>← Back to the lesson</a>
        <button type="button" className="button" onClick={() => void print()} disabled={!ready} aria-describedby="handout-status">
          {desktop ? 'Save as PDF…' : 'Print or save as PDF…'}
        </button>
        <label className="handout-notes-toggle">
          <input
            type="checkbox"
            checked={notes}
            disabled={!hasNotes && !notes}
            aria-describedby={!hasNotes && !notes ? 'handout-no-notes' : undefined}
            onChange={(e) => navigate({ name: 'handout', slug: meta.slug, ...(e.target.checked ? { notes: true } : {}) })}
          />
          Include speaker notes
        </label>
        {!hasNotes && !notes && (
          <span id="handout-no-notes" className="handout-hint">
            (this lesson has no speaker notes)
          </span>
        )}
        <span id="handout-status" className="handout-hint" role="status">
          {ready ? status : 'Drawing the figures…'}
        </span>
      </div>
      <article ref={articleRef} className="handout" aria-labelledby="lesson-title" data-handout={meta.slug} data-handout-ready={ready ? 'true' : 'false'}>
        <p className="handout-label">
          <strong>{MODEL_DISCLAIMER}</strong> A BiTE Atlas handout: figures are drawn by a teaching model.
        </p>
        <LessonIntro meta={meta} titleRef={titleRef} />
        <div className="handout-body lesson-body">
          <HandoutNotesContext value={notes}>
            <Suspense fallback={<p className="loading" role="status">Loading lesson…</p>}>
              <LessonBody meta={meta} components={handoutComponents} />
            </Suspense>
          </HandoutNotesContext>
          <Answers meta={meta} />
          <LessonReferences meta={meta} backLinks={false} />
        </div>
        <p className="handout-label handout-label-end">
          <strong>{MODEL_DISCLAIMER}</strong> Lesson {meta.order}, “{meta.title}”, from the BiTE Atlas.
        </p>
      </article>
    </LessonContext.Provider>
  );
}
