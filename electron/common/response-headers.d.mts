// Types for response-headers.mjs.
export function parseResponseHeaders(text: string): Record<string, Record<string, string>>;
export function headersForFile(manifest: Record<string, Record<string, string>>, root: string, filePath: string): Record<string, string>;
export const RESPONSE_HEADERS_FILE: string;
export const POLICY_PAGE: string;
export const FALLBACK_CONTENT_SECURITY_POLICY: string;
export function contentSecurityPolicyOf(html: string): string;
