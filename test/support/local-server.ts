// A local HTTP server on 127.0.0.1, started by a test, that answers as a real service would.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Seen = {
  readonly method: string;
  readonly url: string;
  readonly host: string | undefined;
  readonly authorization: string | undefined;
  readonly body: string;
};

export type Route = (req: IncomingMessage & { body: string }, res: ServerResponse) => void;

export type LocalServer = {
  /** `http://127.0.0.1:PORT` */
  readonly base: string;
  /** The same server as `http://localhost:PORT`: another origin, for the token rule. */
  readonly other: string;
  readonly seen: Seen[];
  route: Route;
  close(): Promise<void>;
};

export async function startLocalServer(route: Route = (_q, r) => r.end()): Promise<LocalServer> {
  const sockets = new Set<import('node:net').Socket>();
  const state: LocalServer = {
    base: '',
    other: '',
    seen: [],
    route,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      state.seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        host: req.headers.host,
        authorization: req.headers.authorization,
        body,
      });
      state.route(Object.assign(req, { body }), res);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    base: `http://127.0.0.1:${port}`,
    other: `http://localhost:${port}`,
  });
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers = {}): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

/** Answer with these handlers in turn, the last one for every later request. */
export function inTurn(...routes: Route[]): Route {
  let i = 0;
  return (req, res) => {
    const r = routes[Math.min(i++, routes.length - 1)];
    r?.(req, res);
  };
}
