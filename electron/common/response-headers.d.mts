// Types for response-headers.mjs.
export function parseResponseHeaders(text: string): Record<string, Record<string, string>>;
export function headersForFile(manifest: Record<string, Record<string, string>>, root: string, filePath: string): Record<string, string>;
export const RESPONSE_HEADERS_FILE: string;
