// Pure request checks for browser mode, kept apart from the server so unit tests can cover them.
import { mimeTypeOf } from '../../shared/mime-types';
import crypto from 'node:crypto';
import path from 'node:path';

/** Header the bridge sends with every RPC call. */
export const TOKEN_HEADER = 'x-forteckna-token';
/** Largest accepted RPC body. */
// Room for a signed agreement copy (10 MB) sent as base64.
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Session cookie name; the port is part of it so two instances on one machine do not clash. */
export function cookieName(port: number): string {
  return `forteckna_session_${port}`;
}

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Constant-time comparison; false for missing or differently sized values. */
export function tokenMatches(given: string | undefined | null, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** `Host` must name the loopback address or localhost with our port (guards against DNS rebinding). */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** A missing `Origin` is fine (navigations, same-origin GETs); a present one must be ours. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** True for `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  return value.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * Maps a URL path to a file inside `root`, or null when it would escape it (`..`, encoded
 * separators, NUL bytes, malformed escapes).
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (!decoded.startsWith('/')) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, `.${decoded}`);
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  return target;
}

export function mimeType(filePath: string): string {
  return mimeTypeOf(path.basename(filePath));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Puts the token meta tag and the bridge script before the first `<script` of the page, so
 * `window.api` exists before the renderer's bundle runs. Without any script: before `</head>`,
 * else at the very start.
 */
export function injectBridge(html: string, token: string): string {
  const snippet = `<meta name="forteckna-token" content="${escapeAttribute(token)}"><script src="/bridge.js"></script>`;
  const script = html.search(/<script/i);
  if (script >= 0) return html.slice(0, script) + snippet + html.slice(script);
  const headEnd = html.search(/<\/head>/i);
  if (headEnd >= 0) return html.slice(0, headEnd) + snippet + html.slice(headEnd);
  return snippet + html;
}

/** Plain-text answer for requests without a valid token. */
export const UNAUTHORISED_TEXT =
  'Åtkomst nekad: öppna adressen som skrevs ut i terminalen (med ?token=…).\n' +
  'Access denied: open the address printed in the terminal (including ?token=…).\n';
