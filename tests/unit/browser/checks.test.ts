import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hostAllowed,
  injectBridge,
  isJsonContentType,
  mimeType,
  newToken,
  originAllowed,
  parseCookies,
  resolveStatic,
  sessionCookie,
  tokenMatches,
} from '../../../electron/browser/checks';

describe('browser mode request checks', () => {
  it('makes 256-bit url-safe tokens, different each time', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
    expect(tokenMatches(null, 'abc')).toBe(false);
  });

  it('accepts only loopback Host headers with our port', () => {
    expect(hostAllowed('127.0.0.1:4000', 4000)).toBe(true);
    expect(hostAllowed('localhost:4000', 4000)).toBe(true);
    expect(hostAllowed('LOCALHOST:4000', 4000)).toBe(true);
    expect(hostAllowed('127.0.0.1', 4000)).toBe(false);
    expect(hostAllowed('127.0.0.1:4001', 4000)).toBe(false);
    expect(hostAllowed('evil.example:4000', 4000)).toBe(false);
    expect(hostAllowed('localhost.evil.example:4000', 4000)).toBe(false);
    expect(hostAllowed('[::1]:4000', 4000)).toBe(false);
    expect(hostAllowed(undefined, 4000)).toBe(false);
  });

  it('accepts a missing Origin or our own, nothing else', () => {
    expect(originAllowed(undefined, 4000)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(originAllowed('http://localhost:4000', 4000)).toBe(true);
    expect(originAllowed('null', 4000)).toBe(false);
    expect(originAllowed('', 4000)).toBe(false);
    expect(originAllowed('https://127.0.0.1:4000', 4000)).toBe(false);
    expect(originAllowed('http://127.0.0.1:4001', 4000)).toBe(false);
    expect(originAllowed('http://evil.example', 4000)).toBe(false);
  });

  it('parses cookies and builds a strict HttpOnly session cookie', () => {
    const cookies = parseCookies('a=1; forteckna_session_4000=tok; b=x=y');
    expect(cookies.get('forteckna_session_4000')).toBe('tok');
    expect(cookies.get('b')).toBe('x=y');
    expect(parseCookies(undefined).size).toBe(0);
    expect(sessionCookie(4000, 'tok')).toBe('forteckna_session_4000=tok; Path=/; HttpOnly; SameSite=Strict');
  });

  it('recognises JSON content types', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/jsonx')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });

  it('keeps static paths inside the renderer folder', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveStatic(root, '/assets/index.js')).toBe(path.join(root, 'assets', 'index.js'));
    expect(resolveStatic(root, '/a%20b.css')).toBe(path.join(root, 'a b.css'));
    expect(resolveStatic(root, '/../secret')).toBeNull();
    expect(resolveStatic(root, '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveStatic(root, '/%2e%2e/secret')).toBeNull();
    expect(resolveStatic(root, '/a%00b')).toBeNull();
    expect(resolveStatic(root, '/a%5c..%5c..%5csecret')).toBeNull();
    expect(resolveStatic(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStatic('/srv/renderer', '/../renderer-evil/x')).toBeNull();
  });

  it('names MIME types', () => {
    expect(mimeType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('x.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('f.woff2')).toBe('font/woff2');
    expect(mimeType('f.unknown')).toBe('application/octet-stream');
  });

  it('injects the token and bridge before the first script', () => {
    const html = '<html><head><title>x</title><script type="module" src="/a.js"></script></head><body><script>1</script></body></html>';
    const out = injectBridge(html, 'T');
    expect(out).toContain('<meta name="forteckna-token" content="T"><script src="/bridge.js"></script><script type="module"');
    expect(out.match(/bridge\.js/g)).toHaveLength(1);
    expect(injectBridge('<head></head><body></body>', 'T')).toBe(
      '<head><meta name="forteckna-token" content="T"><script src="/bridge.js"></script></head><body></body>',
    );
    expect(injectBridge('<p>x</p>', '"<')).toContain('content="&quot;&lt;"');
  });
});
