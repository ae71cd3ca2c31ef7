// Types for served-file.mjs.
import type { FileHandle } from 'node:fs/promises';
export type ServedFile =
  | { kind: 'file'; handle: FileHandle; path: string; size: number; mtimeMs: number }
  | { kind: 'not-found'; reason: string }
  | { kind: 'forbidden'; reason: string };
export function openServedFile(root: string, filePath: string): Promise<ServedFile>;
