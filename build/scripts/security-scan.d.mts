// Types for security-scan.mjs (its CSV reading is unit-tested).
export const SCANNER: { name: string; version: string };
export function parseFindings(csv: string): Record<string, string>[];
export function failingFindings(findings: Record<string, string>[]): Record<string, string>[];
