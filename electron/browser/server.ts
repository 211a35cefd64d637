// Browser mode: the renderer served on loopback, `window.api` over POST /rpc and server-sent
// events. Bound to 127.0.0.1 only and protected by a one-time token: the page URL carries it
// once, then an HttpOnly SameSite=Strict cookie (static files, /events) and a header (/rpc).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { Core } from '../core/core';
import { BRIDGE_SCRIPT } from './bridge';
import {
  MAX_BODY_BYTES,
  TOKEN_HEADER,
  UNAUTHORISED_TEXT,
  cookieName,
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
} from './checks';

export const LOOPBACK = '127.0.0.1';
const HEARTBEAT_MS = 15_000;
/** Beyond this many bytes an oversized body is no longer drained politely: the socket is cut. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

export interface BrowserServerOptions {
  core: Pick<Core, 'dispatch' | 'subscribe'>;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token (tests); a fresh random one otherwise. */
  token?: string;
  /** Largest accepted RPC body in bytes (default 2 MB). */
  maxBodyBytes?: number;
}

export interface BrowserServer {
  /** Full address to open, token included. */
  url: string;
  /** `http://127.0.0.1:PORT` without the token. */
  baseUrl: string;
  token: string;
  port: number;
  /** The address actually bound (always 127.0.0.1). */
  address: AddressInfo;
  close(): Promise<void>;
}

const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  contentType = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra);
}

function failureJson(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

/** Reads the body, refusing (413) as soon as it grows past `limit` rather than after buffering it all. */
function readBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    const tooLarge = () => {
      sendJson(res, 413, failureJson('INVALID_INPUT', `Request body larger than ${limit} bytes.`), { Connection: 'close' });
      // Drain (without keeping) what the client is still sending so it can read the answer,
      // but cut the connection if it keeps going.
      let drained = 0;
      req.removeAllListeners('data');
      req.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
      });
      req.resume();
      resolve(null);
    };
    if (Number.isFinite(declared) && declared > limit) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', () => {
      if (done) return;
      done = true;
      resolve(null);
    });
  });
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const { core } = options;
  const rendererDir = path.resolve(options.rendererDir);
  const token = options.token ?? newToken();
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const sseClients = new Set<http.ServerResponse>();
  let port = 0;

  function hasCookie(req: http.IncomingMessage): boolean {
    return tokenMatches(parseCookies(req.headers.cookie).get(cookieName(port)), token);
  }

  function unauthorised(res: http.ServerResponse): void {
    send(res, 401, UNAUTHORISED_TEXT);
  }

  function serveIndex(res: http.ServerResponse, setCookie: boolean): void {
    let html: string;
    try {
      html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    } catch {
      send(res, 500, 'Gränssnittet är inte byggt (out/renderer saknas). Kör "npm run build:renderer".\nThe user interface is not built.\n');
      return;
    }
    send(res, 200, injectBridge(html, token), 'text/html; charset=utf-8', setCookie ? { 'Set-Cookie': sessionCookie(port, token) } : {});
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    const file = resolveStatic(rendererDir, pathname);
    if (!file) {
      send(res, 400, 'Ogiltig sökväg / Invalid path.\n');
      return;
    }
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      if (file === path.join(rendererDir, 'index.html')) {
        serveIndex(res, false);
        return;
      }
      send(res, 200, fs.readFileSync(file), mimeType(file));
      return;
    }
    // Client-side routes (no file extension, an HTML navigation) get the app itself.
    const accept = String(req.headers.accept ?? '');
    if (path.extname(pathname) === '' && accept.includes('text/html')) {
      serveIndex(res, false);
      return;
    }
    send(res, 404, 'Hittades inte / Not found.\n');
  }

  async function handleRpc(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const header = req.headers[TOKEN_HEADER];
    if (!tokenMatches(Array.isArray(header) ? header[0] : header, token)) {
      unauthorised(res);
      return;
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      sendJson(res, 415, failureJson('INVALID_INPUT', 'Content-Type must be application/json.'));
      return;
    }
    const body = await readBody(req, res, maxBody);
    if (body === null) return;
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, failureJson('INVALID_INPUT', 'Malformed JSON.'));
      return;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      sendJson(res, 400, failureJson('INVALID_INPUT', 'Expected {"method": string, "input": object}.'));
      return;
    }
    const { method, input } = message as { method?: unknown; input?: unknown };
    const result = await core.dispatch(typeof method === 'string' ? method : String(method), input);
    sendJson(res, 200, result);
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n: connected\n\n');
    sseClients.add(res);
    const unsubscribe = core.subscribe((event, payload) => {
      res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const cleanUp = () => {
      clearInterval(heartbeat);
      unsubscribe();
      sseClients.delete(res);
    };
    req.on('close', cleanUp);
    res.on('close', cleanUp);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'POST') {
      send(res, 405, 'Metoden stöds inte / Method not allowed.\n', undefined, { Allow: 'GET, POST' });
      return;
    }
    if (!hostAllowed(req.headers.host, port)) {
      send(res, 403, 'Förbjuden värd / Forbidden host.\n');
      return;
    }
    if (!originAllowed(req.headers.origin, port)) {
      send(res, 403, 'Förbjudet ursprung / Forbidden origin.\n');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    } catch {
      send(res, 400, 'Ogiltig adress / Bad request.\n');
      return;
    }
    const pathname = url.pathname;

    if (pathname === '/rpc') {
      if (req.method !== 'POST') {
        send(res, 405, 'Använd POST / Use POST.\n', undefined, { Allow: 'POST' });
        return;
      }
      await handleRpc(req, res);
      return;
    }
    if (req.method !== 'GET') {
      send(res, 405, 'Använd GET / Use GET.\n', undefined, { Allow: 'GET' });
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      const queryToken = url.searchParams.get('token');
      if (tokenMatches(queryToken, token)) {
        serveIndex(res, true);
        return;
      }
      if (queryToken === null && hasCookie(req)) {
        serveIndex(res, false);
        return;
      }
      unauthorised(res);
      return;
    }
    if (!hasCookie(req)) {
      unauthorised(res);
      return;
    }
    if (pathname === '/events') {
      handleEvents(req, res);
      return;
    }
    if (pathname === '/bridge.js') {
      send(res, 200, BRIDGE_SCRIPT, 'text/javascript; charset=utf-8');
      return;
    }
    serveStatic(req, res, pathname);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[förteckna] browser mode request failed', error);
      if (!res.headersSent) sendJson(res, 500, failureJson('INTERNAL', 'Internal error.'));
      else res.end();
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  const baseUrl = `http://${LOOPBACK}:${port}`;

  return {
    url: `${baseUrl}/?token=${token}`,
    baseUrl,
    token,
    port,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of sseClients) res.end();
        sseClients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
