// Progress values without a schema library, for the renderer's start-up path (zod stays out of the
// first bundle); progress.ts holds the schemas and the update rule.
import type { Progress } from './progress';

export const EMPTY_PROGRESS: Progress = Object.freeze({ version: 1, lessons: {} }) as Progress;
