// Types for electron-binary.mjs (plain ESM so the start script can use it without a TypeScript step):
// finds the Electron executable without ever triggering Electron's lazy download.
export interface FindElectronBinaryOptions {
  env?: NodeJS.ProcessEnv;
  /** Folder of the installed electron package (default: resolved from the repository). */
  electronDir?: string;
  platform?: NodeJS.Platform;
}

export function platformExecutablePath(platform?: NodeJS.Platform): string;
export function findElectronBinary(options?: FindElectronBinaryOptions): { path: string } | { missing: string };
