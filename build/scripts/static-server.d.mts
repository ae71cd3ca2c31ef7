// Types for static-server.mjs (used from TypeScript by tests and benchmarks).
import type { Server } from 'node:http';
export function resolveInside(root: string, urlPath: string): string | null;
export function serveStatic(dir: string, options?: { port?: number; host?: string; extraRoutes?: Record<string, string> }): Promise<{ server: Server; url: string }>;
export function serveOnPreferredPort(dir: string, preferredPort: number): Promise<{ server: Server; url: string; note: string | null }>;
