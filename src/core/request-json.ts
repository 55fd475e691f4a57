import { PasskeyError } from './errors.js';

/** Longest server-given text we show; longer text is cut. */
const MAX_SERVER_TEXT = 200;
/** Options and verdicts are a few KB: a reply over this is not one. */
const MAX_REPLY = 1 << 20;

export interface JsonRequest {
  method?: string;
  /** Sent as JSON; no body when undefined. */
  body?: unknown;
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Milliseconds; a request still running then fails with code `timeout`. */
  timeout?: number;
}

/**
 * Sends a request and returns the reply: parsed JSON, the raw text when it is not JSON, or
 * `null` when it is empty (204). Fails with a PasskeyError on network failure, timeout or a
 * non-2xx reply; an abort through `signal` stays an AbortError.
 */
export async function requestJson(url: string, request: JsonRequest = {}): Promise<unknown> {
  const { body, signal, timeout = 30_000 } = request;
  const headers = new Headers(request.headers);
  headers.set('Accept', 'application/json');
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const timer = AbortSignal.timeout(timeout);
  let text: string;
  let response: Response;
  try {
    response = await (request.fetch ?? fetch)(url, {
      method: request.method ?? 'POST',
      headers,
      body: JSON.stringify(body), // undefined stays undefined: no body
      credentials: request.credentials ?? 'same-origin',
      signal: signal ? AbortSignal.any([signal, timer]) : timer,
      // A redirect on an API call is a misconfiguration, not a reply to follow silently.
      redirect: 'error',
    });
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new PasskeyError(timer.aborted ? 'timeout' : 'network-error', { cause });
  }
  if (text.length > MAX_REPLY) throw new PasskeyError('invalid-response', { status: response.status });
  const reply = parseReply(text);
  if (!response.ok) {
    throw new PasskeyError('server-error', { status: response.status, cause: reply, serverText: serverText(reply) });
  }
  return reply;
}

function parseReply(text: string): unknown {
  if (!text.trim()) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The server's own words (`error` or `message`), if it gave any. */
export function serverText(reply: unknown): string | undefined {
  if (!reply || typeof reply !== 'object') return undefined;
  const { error, message } = reply as { error?: unknown; message?: unknown };
  const text = [error, message].find((value) => typeof value === 'string' && value.trim());
  return (text as string | undefined)?.trim().slice(0, MAX_SERVER_TEXT);
}
