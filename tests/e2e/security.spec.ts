// Browser mode's defences (quality.md § Security): loopback only, one-time token, Host/Origin
// checks, request-size cap, CSP. Raw HTTP from Node (so Host and Origin can be forged), plus a
// real page for the bridge.
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { MAX_BODY_BYTES } from '../../electron/browser/checks';
import { test, expect } from './fixtures';
import type { BrowserModeApp } from '../harness/browser-mode';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in chunks without Content-Length (tests the streaming cap). */
  chunked?: boolean;
}

/** One request with full control over the headers (fetch would not let us forge Host). */
function raw(app: BrowserModeApp, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${app.port}`, ...request.headers };
    if (request.body !== undefined && !request.chunked) headers['content-length'] = String(Buffer.byteLength(request.body));
    const req = http.request(
      { host: '127.0.0.1', port: app.port, method: request.method ?? 'GET', path: request.path, headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        // An event stream never ends: take what came with the headers.
        if (String(res.headers['content-type']).startsWith('text/event-stream')) {
          setTimeout(() => {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
            req.destroy();
          }, 200);
        }
      },
    );
    req.on('error', reject);
    if (request.body !== undefined) {
      if (request.chunked) {
        const body = Buffer.from(request.body);
        for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      } else {
        req.write(request.body);
      }
    }
    req.end();
  });
}

const cookieOf = (app: BrowserModeApp) => `forteckna_session_${app.port}=${app.token}`;

function rpc(app: BrowserModeApp, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(app, {
    method: 'POST',
    path: '/rpc',
    headers: { 'content-type': 'application/json', 'x-forteckna-token': app.token, ...headers },
    body: JSON.stringify(body),
  });
}

test.describe('browser mode security', () => {
  test('listens on 127.0.0.1 only', async ({ app }) => {
    expect(app.server.address.address).toBe('127.0.0.1');
    expect(new URL(app.url).hostname).toBe('127.0.0.1');
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal && i.family === 'IPv4');
    for (const iface of external) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: iface.address, port: app.port, timeout: 2000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect(reached, `reachable on ${iface.address}`).toBe(false);
    }
  });

  test('without a token every route answers 401', async ({ app }) => {
    for (const path of ['/', '/index.html', '/events', '/bridge.js', '/assets/index.js', '/fallback.js', '/favicon.ico']) {
      const res = await raw(app, { path });
      expect(res.status, path).toBe(401);
      expect(res.body).toContain('öppna adressen som skrevs ut i terminalen');
    }
    const res = await raw(app, {
      method: 'POST',
      path: '/rpc',
      headers: { 'content-type': 'application/json' },
      body: '{"method":"app.info","input":{}}',
    });
    expect(res.status).toBe(401);
  });

  test('a wrong token answers 401', async ({ app }) => {
    const wrong = `${app.token.slice(0, -2)}xx`;
    expect((await raw(app, { path: `/?token=${wrong}` })).status).toBe(401);
    expect((await raw(app, { path: '/?token=' })).status).toBe(401);
    expect((await raw(app, { path: '/events', headers: { cookie: `forteckna_session_${app.port}=${wrong}` } })).status).toBe(401);
    expect((await raw(app, { path: '/bridge.js', headers: { cookie: `forteckna_session_${app.port}=${wrong}` } })).status).toBe(401);
    expect((await rpc(app, { method: 'app.info', input: {} }, { 'x-forteckna-token': wrong })).status).toBe(401);
    // The cookie alone does not authorise RPC: the header is required (CSRF).
    const cookieOnly = await raw(app, {
      method: 'POST',
      path: '/rpc',
      headers: { 'content-type': 'application/json', cookie: cookieOf(app) },
      body: '{"method":"app.info","input":{}}',
    });
    expect(cookieOnly.status).toBe(401);
  });

  test('the token opens the page and sets a strict HttpOnly cookie', async ({ app }) => {
    const res = await raw(app, { path: `/?token=${app.token}` });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(cookieOf(app));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(res.body).toContain('<script src="/bridge.js"></script>');
    expect(res.body).toContain(`<meta name="forteckna-token" content="${app.token}">`);
    const bridge = await raw(app, { path: '/bridge.js', headers: { cookie: cookieOf(app) } });
    expect(bridge.status).toBe(200);
    expect(bridge.headers['content-type']).toContain('text/javascript');
    const events = await raw(app, { path: '/events', headers: { cookie: cookieOf(app) } });
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toContain('text/event-stream');
  });

  test('a foreign Host answers 403', async ({ app }) => {
    for (const host of ['evil.example', `evil.example:${app.port}`, `127.0.0.1:${app.port + 1}`, `192.168.1.10:${app.port}`]) {
      const res = await raw(app, { path: `/?token=${app.token}`, headers: { host } });
      expect(res.status, host).toBe(403);
      expect((await rpc(app, { method: 'app.info', input: {} }, { host })).status, host).toBe(403);
    }
    expect((await raw(app, { path: `/?token=${app.token}`, headers: { host: `localhost:${app.port}` } })).status).toBe(200);
  });

  test('a foreign Origin on /rpc answers 403', async ({ app }) => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${app.port + 1}`, 'null', `https://127.0.0.1:${app.port}`]) {
      expect((await rpc(app, { method: 'app.info', input: {} }, { origin })).status, origin).toBe(403);
    }
    expect((await rpc(app, { method: 'app.info', input: {} }, { origin: `http://127.0.0.1:${app.port}` })).status).toBe(200);
    expect((await rpc(app, { method: 'app.info', input: {} }, { origin: `http://localhost:${app.port}` })).status).toBe(200);
  });

  test('a body over the cap answers 413, declared or streamed', async ({ app }) => {
    const big = JSON.stringify({ method: 'app.info', input: { padding: 'x'.repeat(MAX_BODY_BYTES + 1024) } });
    expect((await rpc(app, JSON.parse(big))).status).toBe(413);
    const streamed = await raw(app, {
      method: 'POST',
      path: '/rpc',
      headers: { 'content-type': 'application/json', 'x-forteckna-token': app.token },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
    // The server is still fine afterwards.
    expect(JSON.parse((await rpc(app, { method: 'app.info', input: {} })).body)).toMatchObject({ ok: true });
  });

  test('malformed requests are refused', async ({ app }) => {
    const headers = { 'content-type': 'application/json', 'x-forteckna-token': app.token };
    expect((await raw(app, { method: 'POST', path: '/rpc', headers, body: '{not json' })).status).toBe(400);
    expect(
      (await raw(app, { method: 'POST', path: '/rpc', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' })).status,
    ).toBe(415);
    expect((await raw(app, { method: 'GET', path: '/rpc', headers: { cookie: cookieOf(app) } })).status).toBe(405);
    expect((await raw(app, { method: 'PUT', path: '/rpc', headers, body: '{}' })).status).toBe(405);
    expect((await raw(app, { method: 'DELETE', path: '/', headers: { cookie: cookieOf(app) } })).status).toBe(405);
    const traversal = await raw(app, { path: '/..%2f..%2fpackage.json', headers: { cookie: cookieOf(app) } });
    expect([400, 404]).toContain(traversal.status);
    expect(traversal.body).not.toContain('"name"');
  });

  test('the CSP header is sent, equal to the shared policy', async ({ app }) => {
    const res = await raw(app, { path: `/?token=${app.token}` });
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const asset = await raw(app, { path: '/bridge.js', headers: { cookie: cookieOf(app) } });
    expect(asset.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  test('RPC: app.info answers ok, an unknown method UNKNOWN_METHOD', async ({ app }) => {
    const info = await rpc(app, { method: 'app.info', input: {} });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { host: 'browser', nativeDialogs: false } });
    const unknown = await rpc(app, { method: 'no.such.method', input: {} });
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const proto = await rpc(app, { method: '__proto__', input: {} });
    expect(JSON.parse(proto.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  test('in the browser: window.api calls the core and receives events; the token leaves the address bar', async ({
    page,
    app,
    gotoApp,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await gotoApp(page);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    const info = await page.evaluate(() =>
      (window as unknown as { api: { call(m: string, i: unknown): Promise<unknown> } }).api.call('app.info', {}),
    );
    expect(info).toMatchObject({ ok: true, value: { host: 'browser' } });
    const event = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const api = (
            window as unknown as {
              api: { call(m: string, i: unknown): Promise<unknown>; on(e: string, l: (p: unknown) => void): () => void };
            }
          ).api;
          const off = api.on('settings.changed', (payload) => {
            off();
            resolve(payload);
          });
          void api.call('settings.setLanguage', { language: 'en' });
        }),
    );
    expect(event).toMatchObject({ language: 'en' });
    // A reload works from the cookie alone.
    await page.reload();
    await page.waitForFunction(() => typeof (window as { api?: unknown }).api === 'object');
    expect(
      await page.evaluate(() =>
        (window as unknown as { api: { call(m: string, i: unknown): Promise<{ ok: boolean }> } }).api
          .call('app.info', {})
          .then((r) => r.ok),
      ),
    ).toBe(true);
    // Neither the bridge nor the renderer breaks the CSP.
    expect(violations).toEqual([]);
    expect(app.registerPath).not.toBeNull();
  });

  test('in the browser: another origin cannot call the API', async ({ page, app }) => {
    // A page on localhost (a different origin from 127.0.0.1) has no cookie and no token.
    await page.goto(`http://localhost:${app.port}/`);
    expect(await page.textContent('body')).toContain('öppna adressen som skrevs ut i terminalen');
    const status = await page.evaluate(async (port) => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/rpc`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"method":"app.info","input":{}}',
        });
        return res.status;
      } catch {
        return 'blocked';
      }
    }, app.port);
    expect(status).not.toBe(200);
  });
});
