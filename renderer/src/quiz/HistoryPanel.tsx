// The review history as files: export it (JSON, to keep or to move to another computer), import one (validated,
// merged by review id, never overwriting what is here, with a count of what was added), and export the written
// questions for Anki (CSV). Desktop: the save goes through the shell's save dialog; web: a download.
import { useId, useRef, useState, type ReactNode } from 'react';
import { makeReviewExport, parseReviewExport } from '../../../electron/common/reviews';
import { useAtlas } from '../state/services';
import type { QuizCatalogue } from './cards';
import { ankiCsv } from './anki';
import type { QuizSnapshot } from './store';

/** Saves text as a file: the desktop's save dialog, or a download in the web edition. Resolves false if cancelled. */
async function saveText(platform: ReturnType<typeof useAtlas>['platform'], name: string, type: string, text: string): Promise<boolean> {
  if (platform.saveTextFile) return platform.saveTextFile({ suggestedName: name, text, kind: type === 'text/csv' ? 'csv' : 'json' });
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

const today = () => new Date().toISOString().slice(0, 10);

export function HistoryPanel({ catalogue, snapshot }: { catalogue: QuizCatalogue; snapshot: QuizSnapshot }): ReactNode {
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const { platform } = useAtlas();
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  // Reviews that count (an undone answer is kept in the log but no longer counts), as on the statistics page.
  const reviews = [...snapshot.records.values()].reduce((sum, record) => sum + record.reviews.length, 0);

  const exportLog = async () => {
    const text = JSON.stringify(makeReviewExport(snapshot.events as Parameters<typeof makeReviewExport>[0]), null, 1);
    const saved = await saveText(platform, `bite-atlas-reviews-${today()}.json`, 'application/json', text);
    if (saved) setMessage({ tone: 'ok', text: `Exported ${snapshot.events.length} events (${reviews} reviews).` });
  };

  const exportAnki = async () => {
    const items = [...catalogue.items.values()];
    const saved = await saveText(platform, `bite-atlas-questions-${today()}.csv`, 'text/csv', ankiCsv(items));
    if (saved) setMessage({ tone: 'ok', text: `Exported ${items.length} written questions for Anki (front, back, tags).` });
  };

  const importLog = async (file: File) => {
    setMessage(null);
    let parsed: ReturnType<typeof parseReviewExport>;
    try {
      parsed = parseReviewExport(await file.text());
    } catch (error) {
      setMessage({ tone: 'error', text: `“${file.name}” is not a review history export: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.` });
      return;
    }
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: `“${file.name}” cannot be imported: ${parsed.error}. Nothing was imported.` });
      return;
    }
    try {
      const result = await platform.importReviews(parsed.value.events);
      setMessage({
        tone: 'ok',
        text:
          `Imported ${result.added} new event${result.added === 1 ? '' : 's'} from “${file.name}”; ${result.duplicates} ${result.duplicates === 1 ? 'was' : 'were'} already here.` +
          (result.conflicts ? ` ${result.conflicts} had the id of a different event here and ${result.conflicts === 1 ? 'was' : 'were'} left out (what is here was kept).` : ''),
      });
    } catch (error) {
      setMessage({ tone: 'error', text: `The import failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` });
    }
  };

  return (
    <section className="quiz-panel" aria-labelledby={`${uid}-history`}>
      <h2 id={`${uid}-history`}>Your review history</h2>
      <p>
        {reviews} review{reviews === 1 ? '' : 's'} stored on this computer{snapshot.error ? ' — the last ones are not saved yet' : ''}. Export it to keep a copy or to continue on
        another computer; an import adds what is new and never overwrites what is here.
      </p>
      <p className="quiz-history-actions">
        <button type="button" className="button secondary" onClick={() => void exportLog()}>
          Export history (JSON)
        </button>
        <button type="button" className="button secondary" onClick={() => fileRef.current?.click()}>
          Import history…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Review history file to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importLog(file);
          }}
        />
        <button type="button" className="button secondary" onClick={() => void exportAnki()}>
          Export questions for Anki (CSV)
        </button>
      </p>
      {message && (
        <p className={`quiz-message is-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {snapshot.error && (
        <p className="quiz-message is-error" role="alert">
          Your last answers could not be saved yet ({snapshot.error}); they are kept in this window and saved with the next one.
        </p>
      )}
    </section>
  );
}
