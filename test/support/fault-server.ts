// A real node:http server on 127.0.0.1 that counts every request it receives and answers each with
// a scripted fault: the misbehaving API the fault-injection suite runs the client against.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Socket } from "node:net";
import { constants as zlibConstants, createBrotliCompress, createGzip } from "node:zlib";

export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  /** The request body as text ("" until read, and for faults that answer before reading it). */
  body: string;
  /** Date.now() when the request's headers arrived. */
  receivedAt: number;
}

/** How the server answers one request. */
export interface Fault {
  name: string;
  /** Read the whole request body before answering (default true). */
  readBody?: boolean;
  answer(req: IncomingMessage, res: ServerResponse, received: ReceivedRequest): void;
}

// Error bodies and pages echo what the request carried, as careless servers and proxies do: the
// client must keep those credentials out of every error it builds from them.
function echo(received: ReceivedRequest) {
  return { url: `${received.path}?${received.query}`, authorization: received.headers.authorization ?? null, body: received.body };
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(value);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function retryAfterName(value: string | undefined): string {
  if (value === undefined) return "";
  return /^\d+$/.test(value) ? ` with Retry-After ${value} s` : " with Retry-After as an HTTP date";
}

/** `decodedBytes` of zeros, compressed: a few hundred bytes to half a megabyte that expand enormously. */
export async function compressionBomb(encoding: "gzip" | "br", decodedBytes: number): Promise<Buffer> {
  const stream = encoding === "gzip" ? createGzip({ level: 9 }) : createBrotliCompress({ params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } });
  const out: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => out.push(chunk));
  const zeros = Buffer.alloc(1 << 20);
  for (let left = decodedBytes; left > 0; left -= zeros.length) {
    if (!stream.write(left >= zeros.length ? zeros : zeros.subarray(0, left))) await new Promise((resolve) => stream.once("drain", resolve));
  }
  await new Promise<void>((resolve) => stream.end(resolve));
  return Buffer.concat(out);
}

export const faults = {
  /** 200 with a JSON body. */
  json: (value: unknown, status = 200): Fault => ({
    name: `HTTP ${status} JSON`,
    answer: (_req, res) => sendJson(res, status, value),
  }),
  /** An error status with a JSON body that echoes the request (URL with its query, Authorization). */
  status: (status: number, headers: Record<string, string> = {}): Fault => ({
    name: `HTTP ${status}${retryAfterName(headers["Retry-After"])}`,
    answer: (_req, res, received) => sendJson(res, status, { Message: `failure ${status}`, echo: echo(received) }, headers),
  }),
  /** 502 from a gateway: an HTML page, echoing the request. */
  badGateway: (): Fault => ({
    name: "HTTP 502 from a gateway",
    answer: (_req, res, received) => {
      const page = `<html><body><h1>502 Bad Gateway</h1><pre>${JSON.stringify(echo(received))}</pre></body></html>`;
      res.writeHead(502, { "Content-Type": "text/html", "Content-Length": Buffer.byteLength(page) });
      res.end(page);
    },
  }),
  /** The connection is reset as soon as the request's headers arrive: no response at all. */
  resetBeforeResponse: (): Fault => ({
    name: "connection reset before any response",
    readBody: false,
    answer: (req) => req.socket.resetAndDestroy(),
  }),
  /** The whole request body is read, then the connection is reset. */
  resetAfterBody: (): Fault => ({
    name: "connection reset after reading the body",
    answer: (req) => req.socket.resetAndDestroy(),
  }),
  /** The request is read and never answered: no status line, no headers. */
  noHeaders: (): Fault => ({ name: "headers that never come", answer: () => undefined }),
  /** Status and headers arrive, then the first part of the body, then nothing. */
  stalledBody: (): Fault => ({
    name: "a body that stalls",
    answer: (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": 1000 });
      res.write('{"Bookings": [');
    },
  }),
  /** Content-Length promises more than is sent before the connection closes. */
  truncatedBody: (): Fault => ({
    name: "a truncated body (Content-Length mismatch)",
    answer: (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": 1000 });
      res.write('{"Bookings": [{"WebcamBookingID": 1', () => res.socket?.destroy());
    },
  }),
  /** 200, application/json, but the JSON is broken. */
  invalidJson: (): Fault => ({
    name: "invalid JSON",
    answer: (_req, res) => {
      const text = '{"WebcamBookingID": 1, "Status": ';
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
      res.end(text);
    },
  }),
  /** An HTML error page sent with status 200 (a proxy or maintenance page), echoing the request. */
  htmlPage: (): Fault => ({
    name: "an HTML error page with status 200",
    answer: (_req, res, received) => {
      const page = `<!doctype html><html><body><h1>Sorry, something went wrong</h1><!-- ${JSON.stringify(echo(received))} --></body></html>`;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(page) });
      res.end(page);
    },
  }),
  /** Valid JSON labelled as something else. */
  wrongContentType: (): Fault => ({
    name: "a wrong content type",
    answer: (_req, res) => {
      const text = JSON.stringify({ WebcamBookingID: 1 });
      res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": Buffer.byteLength(text) });
      res.end(text);
    },
  }),
  /** 200 (or `status`) with the given headers and body, exactly as given. */
  raw: (status: number, headers: Record<string, string | string[]>, body: string | Buffer = ""): Fault => ({
    name: `HTTP ${status} with ${body.length} bytes`,
    answer: (_req, res) => {
      res.writeHead(status, headers);
      res.end(body);
    },
  }),
  /** A compressed body (from `compressionBomb`), labelled as JSON with its Content-Encoding. */
  compressed: (encoding: "gzip" | "br", bytes: Buffer, status = 200): Fault => ({
    name: `a ${encoding} body of ${bytes.length} bytes`,
    answer: (_req, res) => {
      res.writeHead(status, { "Content-Type": "application/json", "Content-Encoding": encoding, "Content-Length": bytes.length });
      res.end(bytes);
    },
  }),
  /**
   * A chunked JSON body that never ends: it is written as fast as the client reads it, until the client
   * hangs up (`onClose` is told how many bytes went out) or `maxBytes` is reached.
   */
  endlessBody: (onClose: (sentBytes: number) => void, maxBytes = 2 ** 31): Fault => ({
    name: "a body that never ends",
    answer: (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      let closed = false;
      res.on("close", () => {
        closed = true;
        onClose(sent);
      });
      const pump = () => {
        while (!closed && sent < maxBytes) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        if (!closed) res.end();
      };
      res.write("[");
      pump();
    },
  }),
  /** A redirect to `location` (absolute, or resolved against this server). */
  redirect: (location: string, status = 302): Fault => ({
    name: `HTTP ${status} redirect to ${location}`,
    answer: (_req, res) => {
      res.writeHead(status, { Location: location, "Content-Length": 0 });
      res.end();
    },
  }),
};

export interface FaultServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: ReceivedRequest[];
  /** Faults answered in arrival order, one per request, before the routes and the fallback. */
  queue(...faults: Fault[]): void;
  /** Answers every request for `path` (after the queue is empty) with `answer(request)`. */
  route(path: string, answer: (received: ReceivedRequest) => Fault): void;
  /** Answers whatever the queue and routes do not (default: 200 `{}`). */
  fallback: (received: ReceivedRequest) => Fault;
  /** How many requests arrived, optionally only those with `method` and `path`. */
  count(method?: string, path?: string): number;
  /** Forgets the requests, the queue and the routes. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts a fault server on 127.0.0.1, on `port` (default: any free one). */
export async function startFaultServer(port = 0): Promise<FaultServer> {
  const queue: Fault[] = [];
  const routes = new Map<string, (received: ReceivedRequest) => Fault>();
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const received: ReceivedRequest = {
      method: req.method ?? "?",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: "",
      receivedAt: Date.now(),
    };
    requests.push(received);
    const fault = queue.shift() ?? routes.get(url.pathname)?.(received) ?? api.fallback(received);
    if (fault.readBody === false) return fault.answer(req, res, received);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.body = Buffer.concat(chunks).toString("utf8");
      fault.answer(req, res, received);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // The client hangs up on stalled answers; that is expected, not a server failure.
  server.on("clientError", (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.address() as AddressInfo).port;

  const api: FaultServer = {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    requests,
    queue: (...faults) => void queue.push(...faults),
    route: (path, answer) => void routes.set(path, answer),
    fallback: () => faults.json({}),
    count: (method, path) => requests.filter((r) => (!method || r.method === method) && (!path || r.path === path)).length,
    reset() {
      requests.length = 0;
      queue.length = 0;
      routes.clear();
      api.fallback = () => faults.json({});
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return api;
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released), for connection-refused cases. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * A server on node:net that answers every request with `statusLine` ("HTTP/1.1 1000 Odd") and a small
 * JSON body: for status lines node:http refuses to write.
 */
export async function startRawServer(statusLine: string): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let received = 0;
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    socket.once("data", () => {
      received += 1;
      // Latin-1, one byte per character: the status line goes out exactly as written, bytes above 0x7f included.
      socket.end(Buffer.from(`${statusLine}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`, "latin1"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
