import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser/server';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import type { CoreEventListener } from '../../../electron/core/ports';

// The server over a stub core: routing, auth and limits without SQLite.
describe('browser mode server', () => {
  let dir: string;
  let server: BrowserServer;
  const listeners = new Set<CoreEventListener>();
  const calls: [string, unknown][] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-server-'));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/app.js"></script></head></html>',
    );
    fs.writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'style.css'), 'body{}');
    const core = {
      dispatch: async (method: string, input: unknown) => {
        calls.push([method, input]);
        return method === 'app.info'
          ? { ok: true as const, value: { echo: input } }
          : { ok: false as const, error: { code: 'UNKNOWN_METHOD' as const, message: 'x' } };
      },
      subscribe: (listener: CoreEventListener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    server = await startBrowserServer({ core, rendererDir: dir, maxBodyBytes: 1000 });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const cookie = () => `forteckna_session_${server.port}=${server.token}`;
  const rpc = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forteckna-token': server.token, ...headers },
      body,
    });

  it('binds to 127.0.0.1 and puts the token in the URL', () => {
    expect(server.address.address).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
  });

  it('serves the page with the bridge, CSP and cookie only with the token', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('set-cookie')).toContain('HttpOnly');
    expect(await res.text()).toContain('<script src="/bridge.js"></script><script type="module"');
    expect((await fetch(`${server.baseUrl}/`)).status).toBe(401);
    expect((await fetch(`${server.baseUrl}/?token=nope`)).status).toBe(401);
  });

  it('serves static files with the cookie, with MIME types and nosniff', async () => {
    expect((await fetch(`${server.baseUrl}/app.js`)).status).toBe(401);
    const js = await fetch(`${server.baseUrl}/app.js`, { headers: { cookie: cookie() } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(js.headers.get('cache-control')).toBe('no-store');
    const css = await fetch(`${server.baseUrl}/style.css`, { headers: { cookie: cookie() } });
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${server.baseUrl}/missing.js`, { headers: { cookie: cookie() } })).status).toBe(404);
    const route = await fetch(`${server.baseUrl}/kunder/12`, { headers: { cookie: cookie(), accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('/bridge.js');
  });

  it('dispatches RPC calls and checks the token header, JSON and size', async () => {
    const ok = await rpc('{"method":"app.info","input":{"a":1}}');
    expect(await ok.json()).toEqual({ ok: true, value: { echo: { a: 1 } } });
    expect(calls.at(-1)).toEqual(['app.info', { a: 1 }]);
    expect((await rpc('{"method":"x"}')).status).toBe(200);
    expect((await rpc('{"method":"app.info"}', { 'x-forteckna-token': 'wrong' })).status).toBe(401);
    expect((await rpc('[1]')).status).toBe(400);
    expect((await rpc('{oops')).status).toBe(400);
    expect((await rpc('{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await rpc(JSON.stringify({ method: 'app.info', input: { x: 'y'.repeat(2000) } }))).status).toBe(413);
    expect((await rpc('{"method":"app.info","input":{}}', { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('streams core events to /events and stops on disconnect', async () => {
    expect((await fetch(`${server.baseUrl}/events`)).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`${server.baseUrl}/events`, { headers: { cookie: cookie() }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    expect(listeners.size).toBe(1);
    for (const listener of listeners) listener('register.closed', {});
    while (!text.includes('register.closed')) text += decoder.decode((await reader.read()).value);
    expect(text).toContain('data: {"event":"register.closed","payload":{}}');
    controller.abort();
    await expect.poll(() => listeners.size).toBe(0);
  });
});
