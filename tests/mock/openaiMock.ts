import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP mock of an OpenAI-compatible API on 127.0.0.1: `/v1/chat/completions` (SSE
 * streaming or JSON) and `/v1/models`. Each request takes the next scripted step (or the
 * default); every request body is recorded so tests can check what left the browser.
 */
export type MockStep =
  | { kind: 'stream'; text: string; chunkSize?: number; delayMs?: number; firstTokenDelayMs?: number }
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'malformed' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface OpenAiMock {
  url: string;
  /** Base URL to configure: `${url}/v1`. */
  baseUrl: string;
  requests: RecordedRequest[];
  enqueue: (...steps: MockStep[]) => void;
  setDefault: (step: MockStep) => void;
  close: () => Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

function chunkOf(model: string, content: string | null, finish: string | null): string {
  const delta = content === null ? {} : { content };
  return `data: ${JSON.stringify({
    id: 'chatcmpl-mock',
    object: 'chat.completion.chunk',
    created: 1764000000,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stream(res: ServerResponse, model: string, step: Extract<MockStep, { kind: 'stream' }>) {
  res.writeHead(200, { ...CORS, 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  if (step.firstTokenDelayMs) await sleep(step.firstTokenDelayMs);
  const size = step.chunkSize ?? 4;
  // Chunk by characters so placeholders and words get split across chunks, as real models do.
  for (let i = 0; i < step.text.length; i += size) {
    if (res.destroyed) return;
    res.write(chunkOf(model, step.text.slice(i, i + size), null));
    if (step.delayMs) await sleep(step.delayMs);
  }
  res.write(chunkOf(model, null, 'stop'));
  res.end('data: [DONE]\n\n');
}

export async function startOpenAiMock(): Promise<OpenAiMock> {
  const queue: MockStep[] = [];
  let fallback: MockStep = { kind: 'stream', text: 'Понимаю вас. Сейчас всё проверю.' };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      void (async () => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (req.method === 'OPTIONS') {
          res.writeHead(204, CORS).end();
          return;
        }
        requests.push({ method: req.method ?? '', path, headers: req.headers, body });
        if (req.method === 'GET' && path.endsWith('/models')) {
          res.writeHead(200, { ...CORS, 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              object: 'list',
              data: [{ id: 'mock-model', object: 'model', owned_by: 'sufler' }],
            }),
          );
          return;
        }
        if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
          res.writeHead(404, { ...CORS, 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'Not found', type: 'invalid_request_error' } }));
          return;
        }
        const step = queue.shift() ?? fallback;
        let model = 'mock-model';
        try {
          model = (JSON.parse(body) as { model?: string }).model ?? model;
        } catch {
          // keep the default
        }
        if (step.kind === 'stream') return stream(res, model, step);
        if (step.kind === 'status') {
          res.writeHead(step.status, { ...CORS, 'content-type': 'application/json', ...step.headers });
          res.end(
            JSON.stringify({
              error: { message: step.message ?? `status ${step.status}`, type: 'mock_error' },
            }),
          );
          return;
        }
        if (step.kind === 'reset') {
          req.socket.destroy();
          return;
        }
        if (step.kind === 'malformed') {
          res.writeHead(200, { ...CORS, 'content-type': 'text/event-stream' });
          res.write(chunkOf(model, 'Понимаю', null));
          res.end('data: {"choices": [ {"delta": \n\n');
          return;
        }
        // hang: never answer (the client's timeout or abort must end it)
      })();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: `${url}/v1`,
    requests,
    enqueue: (...steps) => queue.push(...steps),
    setDefault: (step) => {
      fallback = step;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
