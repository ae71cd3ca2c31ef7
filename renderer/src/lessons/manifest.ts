// The compiled lessons' modules: a lazy loader for each lesson (its own chunk), shared by the lesson view,
// the start-up path and the pre-renderer. Lesson metadata and the other content data live in data/content.ts.
import type { ComponentType } from 'react';
import type { LessonMeta } from '../data/content';

type MdxComponent = ComponentType<{ components?: Record<string, unknown> }>;

const modules = import.meta.glob<MdxComponent>('../data/generated/*.js', { import: 'default' });

const moduleCache = new Map<string, Promise<MdxComponent>>();
const loadedModules = new Map<string, MdxComponent>();

/** The lesson's compiled module (fetched once; later calls share the same promise). */
export function loadLessonModule(meta: LessonMeta): Promise<MdxComponent> {
  let promise = moduleCache.get(meta.slug);
  if (!promise) {
    const loader = modules[`../data/generated/${meta.moduleFile}`];
    promise = loader ? loader() : Promise.reject(new Error(`The compiled module for lesson "${meta.title}" is missing.`));
    promise.then((component) => loadedModules.set(meta.slug, component)).catch(() => undefined);
    moduleCache.set(meta.slug, promise);
  }
  return promise;
}

/** The lesson's module if it has already loaded (rendering it then needs no Suspense round trip). */
export function loadedLessonModule(meta: LessonMeta): MdxComponent | undefined {
  return loadedModules.get(meta.slug);
}
