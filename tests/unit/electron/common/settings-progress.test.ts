// Settings and progress rules shared by both editions: damaged settings keep every valid field, and
// progress only moves forward (read fraction grows, completion is never undone).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings, settingsPatchSchema } from '../../../../electron/common/settings';
import { EMPTY_PROGRESS, applyProgressUpdate, progressSchema } from '../../../../electron/common/progress';
import { isAllowedExternalUrl } from '../../../../electron/common/external-links';

describe('settings', () => {
  it('keeps valid fields and replaces damaged ones with defaults', () => {
    expect(repairSettings({ theme: 'dark', textScale: 'huge', reducedMotion: 'reduce', retention: 0.5, extra: 1 })).toEqual({
      theme: 'dark',
      textScale: DEFAULT_SETTINGS.textScale,
      reducedMotion: 'reduce',
      retention: 0.9,
    });
    expect(repairSettings({ retention: 0.95 }).retention).toBe(0.95);
    expect(repairSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects unknown or out-of-range fields in an update', () => {
    expect(settingsPatchSchema.safeParse({ theme: 'projector' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ theme: 'neon' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ textScale: 9 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ retention: 0.88 }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ retention: 0.99 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ nodeIntegration: true }).success).toBe(false);
  });
});

describe('progress', () => {
  it('records a first visit, then only lets the read fraction grow', () => {
    const first = applyProgressUpdate(EMPTY_PROGRESS, { slug: 'what-a-bite-is', readFraction: 0.4 }, '2026-01-01T10:00:00.000Z');
    const back = applyProgressUpdate(first, { slug: 'what-a-bite-is', readFraction: 0.1 }, '2026-01-02T10:00:00.000Z');
    expect(back.lessons['what-a-bite-is']).toMatchObject({ firstOpenedAt: '2026-01-01T10:00:00.000Z', lastOpenedAt: '2026-01-02T10:00:00.000Z', readFraction: 0.4, completed: false });
    expect(progressSchema.safeParse(back).success).toBe(true);
  });

  it('marks a lesson completed at the end and never undoes it', () => {
    const done = applyProgressUpdate(EMPTY_PROGRESS, { slug: 'a', readFraction: 0.99 }, '2026-01-01T00:00:00.000Z');
    expect(done.lessons.a!.completed).toBe(true);
    const later = applyProgressUpdate(done, { slug: 'a', readFraction: 0.2, completed: false }, '2026-01-03T00:00:00.000Z');
    expect(later.lessons.a!.completed).toBe(true);
  });

  it('keeps the last heading for resuming', () => {
    const p = applyProgressUpdate(EMPTY_PROGRESS, { slug: 'a', lastHeading: 'why-cd19' }, 'x');
    expect(applyProgressUpdate(p, { slug: 'a', readFraction: 0.5 }, 'y').lessons.a!.lastHeading).toBe('why-cd19');
  });
});

describe('external reference links', () => {
  it('allows https links to the cited journals and registries', () => {
    expect(isAllowedExternalUrl('https://doi.org/10.2147/OTT.S70524')).toBe(true);
    expect(isAllowedExternalUrl('https://pubmed.ncbi.nlm.nih.gov/22592608/')).toBe(true);
  });
  it('refuses anything else', () => {
    for (const url of ['http://doi.org/x', 'https://doi.org.evil.com/x', 'https://user:pw@doi.org/x', 'https://doi.org:8443/x', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', 'https://example.com/']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
