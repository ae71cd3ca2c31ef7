import { describe, expect, it } from 'vitest';
import { trimForFirstPaint } from '../../../../build/scripts/first-paint';

const page = `<div class="app"><header class="app-header"><div class="search"><input type="search" aria-label="Search"></div></header>
<main><article><h1 id="lesson-title">Title</h1><div class="lesson-layout"><nav class="toc"><ol><li>One</li></ol></nav>
<div class="lesson-body"><p>First</p>
<h2 id="second">Second</h2><p>Third</p><section class="references"><ol><li>ref</li></ol></section></div></div></article></main>
<dialog class="help-overlay"><form method="dialog"><button autofocus>Close</button></form></dialog></div>`;

describe('trimForFirstPaint', () => {
  const html = trimForFirstPaint(page);

  it('keeps the first two blocks of the lesson body and drops the rest', () => {
    expect(html).toContain('<p>First</p>');
    expect(html).toContain('<h2 id="second">Second</h2>');
    expect(html).not.toContain('Third');
    expect(html).not.toContain('references');
  });

  it('keeps the title and the shell around the text', () => {
    expect(html).toContain('<h1 id="lesson-title">Title</h1>');
    expect(html).toContain('class="app-header"');
  });

  it('keeps the lesson’s sections in the sidebar (the app would otherwise push the sidebar down when it mounts)', () => {
    expect(html).toContain('<nav class="toc"><ol><li>One</li></ol></nav>');
  });

  it('draws the search box as a look-alike without form controls', () => {
    expect(html).not.toContain('<input');
    expect(html).toContain('class="search search-placeholder" aria-hidden="true"');
    expect(html).toContain('search-placeholder-box');
  });

  it('leaves out the closed shortcut-help dialog (the app adds it)', () => {
    expect(html).not.toContain('<dialog');
    expect(html).not.toContain('autofocus');
  });

  it('keeps a chosen number of blocks', () => {
    expect(trimForFirstPaint(page, 1)).not.toContain('Second');
  });

  it('returns pages without a lesson body unchanged', () => {
    const other = '<div class="app"><main><h1>Glossary</h1></main></div>';
    expect(trimForFirstPaint(other)).toBe(other);
  });
});
