// The fetch handed to openapi-fetch: the one place a request is sent, so timeouts live here.
export interface TransportOptions {
  fetch?: typeof globalThis.fetch;
  /** Overall time allowed for one call, in milliseconds (default 30 000). */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createTransport(options: TransportOptions = {}): typeof globalThis.fetch {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return (input, init) => {
    const send = options.fetch ?? globalThis.fetch;
    const request = new Request(input, init);
    const signal = AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
    return send(new Request(request, { signal }));
  };
}
