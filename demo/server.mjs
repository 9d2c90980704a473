// A tiny static server for the demo CRM: node:http only, no dependencies.
// Serves demo/ at / and tests/fixtures/ at /fixtures/, on 127.0.0.1 by default.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DEMO_ROOT = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES_ROOT = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

const BASE_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

function sendText(res, status, text, extra = {}) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/** Maps a URL path to a file inside one of the two roots, or null if it would leave them. */
async function locate(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const [root, rest] = decoded.startsWith('/fixtures/')
    ? [FIXTURES_ROOT, decoded.slice('/fixtures/'.length)]
    : [DEMO_ROOT, decoded.slice(1)];
  const candidate = resolve(root, `.${sep}${rest}`);
  if (candidate !== resolve(root) && !candidate.startsWith(resolve(root) + sep)) return null;
  try {
    // realpath so that a symlink cannot lead outside the root either.
    let real = await realpath(candidate);
    const realRoot = await realpath(root);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    let info = await stat(real);
    if (info.isDirectory()) {
      real = resolve(real, 'index.html');
      info = await stat(real);
    }
    return info.isFile() ? { file: real, size: info.size } : null;
  } catch {
    return null;
  }
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/fixtures') {
    sendText(res, 301, 'Moved', { Location: '/fixtures/' });
    return;
  }
  const found = await locate(path);
  if (!found) {
    sendText(res, 404, 'Не найдено');
    return;
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': found.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Starts the demo server. Port 0 picks a free port (tests).
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startDemoServer({ port = 4173, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}/`,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.close((err) => (err ? rejectClose(err) : resolveClose(undefined)));
        // Keep-alive connections (browsers) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runDirectly) {
  const raw = process.argv[2] ?? process.env.PORT ?? '4173';
  const port = Number.parseInt(raw, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Неверный порт: ${raw}`);
    process.exit(1);
  }
  const { url } = await startDemoServer({ port });
  console.log(`Демо-CRM: ${url}`);
}
