// `npm run lessons`: compiles content/ into renderer/src/data/generated, or prints every problem
// as file:line:column: reason and exits 1 (so a broken lesson fails the build).
import { resolve } from 'node:path';
import { compileContent, writeGenerated } from './lessons/compile';
import { ContentError } from './lessons/content-schema';

const root = resolve(import.meta.dirname, '..', '..');
const started = performance.now();
try {
  const includeDrafts = process.argv.includes('--drafts') || process.env.ATLAS_INCLUDE_DRAFTS === '1';
  const result = await compileContent({ contentDir: resolve(root, 'content'), rootDir: root, includeDrafts });
  if (includeDrafts) console.log('lessons: drafts included (folders and files starting with "_")');
  writeGenerated(result, resolve(root, 'renderer/src/data/generated'));
  const ms = Math.round(performance.now() - started);
  console.log(`lessons: compiled ${result.lessons.length} lesson(s), ${result.glossary.length} glossary terms, ${result.references.length} references in ${ms} ms`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`lessons: the content has ${error.diagnostics.length} problem(s):`);
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
