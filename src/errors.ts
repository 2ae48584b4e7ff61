// One error hierarchy for everything the client throws. Messages, bodies and causes never carry a
// credential: every string that reaches an error passes through the client's redactor first.

/** What the client knows about the call an error belongs to. */
export interface CallInfo {
  operationId: string | undefined;
  method: string;
  /** The documented path template, never the full URL (which may hold the API key). */
  path: string;
  attempts?: number;
}

/** Base class: every error the client throws is an AdultWorkError. */
export class AdultWorkError extends Error {
  override name = "AdultWorkError";
}

/** The client was called with input it cannot send (a bad option, ID or date). */
export class AdultWorkUsageError extends AdultWorkError {
  override name = "AdultWorkUsageError";
}

/** The API answered with a non-2xx status. Subclasses name the status family. */
export class AdultWorkApiError extends AdultWorkError {
  override name = "AdultWorkApiError";
  readonly status: number;
  readonly operationId: string | undefined;
  readonly method: string;
  readonly path: string;
  /** How many times the request was sent (1 unless the transport retried it). */
  readonly attempts: number;
  /** The parsed body (JSON when it parses, else text), with credentials redacted. */
  readonly body: unknown;
  readonly headers: Headers;

  constructor(info: CallInfo & { status: number; statusText?: string; body: unknown; headers?: Headers }) {
    const what = info.operationId ? `${info.operationId} (${info.method} ${info.path})` : `${info.method} ${info.path}`;
    super(`AdultWork API ${what} failed with HTTP ${info.status}${info.statusText ? ` ${info.statusText}` : ""}${summariseBody(info.body)}`);
    this.status = info.status;
    this.operationId = info.operationId;
    this.method = info.method;
    this.path = info.path;
    this.attempts = info.attempts ?? 1;
    this.body = info.body;
    this.headers = info.headers ?? new Headers();
  }
}

export class BadRequestError extends AdultWorkApiError {
  override name = "BadRequestError";
}
/** 401: the access token or API key is missing, expired or not accepted. */
export class AuthenticationError extends AdultWorkApiError {
  override name = "AuthenticationError";
}
/** 403: the credentials are valid but do not allow this call (often a missing scope). */
export class PermissionDeniedError extends AdultWorkApiError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends AdultWorkApiError {
  override name = "NotFoundError";
}
export class ConflictError extends AdultWorkApiError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends AdultWorkApiError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends AdultWorkApiError {
  override name = "RateLimitError";
}
export class InternalServerError extends AdultWorkApiError {
  override name = "InternalServerError";
}

const BY_STATUS: Record<number, typeof AdultWorkApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Builds the error of the right class for a status. */
export function apiErrorFor(info: CallInfo & { status: number; statusText?: string; body: unknown; headers?: Headers }): AdultWorkApiError {
  const Ctor = BY_STATUS[info.status] ?? (info.status >= 500 ? InternalServerError : AdultWorkApiError);
  return new Ctor(info);
}

function summariseBody(body: unknown): string {
  if (body === undefined || body === null || body === "") return "";
  let text: string;
  try {
    text = typeof body === "string" ? body : JSON.stringify(body);
  } catch {
    return "";
  }
  text = text.replace(/\s+/g, " ").trim();
  return text ? `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}` : "";
}

/**
 * Removes known secrets from strings and from the strings inside parsed bodies. Secrets are
 * registered as the client learns them (API key, each access and refresh token).
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined | null): void {
    // Very short values would redact innocent text and are not credentials anyway.
    if (secret && secret.length >= 6) this.secrets.add(secret);
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join("[REDACTED]");
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join("[REDACTED]");
    }
    return out;
  }

  value<T>(value: T): T {
    if (this.secrets.size === 0) return value;
    if (typeof value === "string") return this.text(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.value(v)) as T;
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.value(v);
      return out as T;
    }
    return value;
  }
}
