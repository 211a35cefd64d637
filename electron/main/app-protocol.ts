// The app:// protocol: which file a request maps to, and with which MIME type. Pure (no electron
// import) so the path-traversal guard is unit-tested.
import { mimeTypeOf } from '../../shared/mime-types';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'forteckna';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function mimeTypeFor(filePath: string): string {
  return mimeTypeOf(path.basename(filePath));
}

/** True when `url` is a page of the app itself (same scheme and host). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node reports origin "null" for non-special schemes, so compare scheme and host instead.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * Maps an app:// request URL to a file inside `rootDir`, or null when the URL is foreign,
 * malformed or points outside the root (path traversal, encoded separators, NUL bytes).
 * "/" maps to index.html.
 */
export function resolveAppFile(rootDir: string, requestUrl: string, pathApi: typeof path = path): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const { pathname } = new URL(requestUrl);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // Encoded separators, backslashes, NUL and drive letters never name a renderer asset.
  if (decoded.includes('\0') || decoded.includes('\\') || /^\/?[a-zA-Z]:/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = pathApi.resolve(rootDir);
  const candidate = pathApi.resolve(root, ...relative.split('/'));
  const fromRoot = pathApi.relative(root, candidate);
  if (fromRoot === '' || fromRoot.startsWith('..') || pathApi.isAbsolute(fromRoot)) return null;
  return candidate;
}
