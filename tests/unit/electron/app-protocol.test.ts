import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, mimeTypeFor, resolveAppFile } from '../../../electron/main/app-protocol';

const root = path.resolve('/srv/app/out/renderer');

describe('resolveAppFile', () => {
  it('maps app:// URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, APP_ENTRY_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://forteckna/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://forteckna/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://forteckna/assets/a%20b.css?v=1#x')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('refuses path traversal, however it is spelled', () => {
    const attempts = [
      'app://forteckna/..%2f..%2fetc%2fpasswd',
      'app://forteckna/assets/..%5c..%5csecret',
      'app://forteckna/%5c%5cserver%5cshare',
      'app://forteckna/C:%5cWindows%5cwin.ini',
      'app://forteckna/c:/Windows/win.ini',
      'app://forteckna/index.html%00.png',
      'app://forteckna/%E0%A4%A',
      'app://forteckna/./index.html%2f..%2f..',
    ];
    for (const url of attempts) expect(resolveAppFile(root, url), url).toBeNull();
  });

  it('dot segments the URL parser resolves (plain or %2e-encoded) stay inside the root', () => {
    expect(resolveAppFile(root, 'app://forteckna/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://forteckna/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://forteckna/assets/%2E%2E/%2E%2E/secret')).toBe(path.join(root, 'secret'));
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'https://forteckna/index.html')).toBeNull();
    expect(resolveAppFile(root, 'app://user:pw@forteckna/index.html')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });

  it('works with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Förteckna\\resources\\app.asar\\out\\renderer';
    expect(resolveAppFile(winRoot, 'app://forteckna/assets/x.js', path.win32)).toBe(`${winRoot}\\assets\\x.js`);
    expect(resolveAppFile(winRoot, 'app://forteckna/..%5c..%5cx', path.win32)).toBeNull();
  });
});

describe('isAppUrl and mimeTypeFor', () => {
  it('recognises only the app origin', () => {
    expect(isAppUrl('app://forteckna/index.html#/kunder')).toBe(true);
    expect(isAppUrl('app://forteckna.evil.se/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1/')).toBe(false);
  });

  it('gives the right MIME types', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.unknown')).toBe('application/octet-stream');
  });
});
