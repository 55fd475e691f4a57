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
      signal: signal ? eitherSignal(signal, timer) : timer,
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

/**
 * A signal that aborts when either does: `AbortSignal.any` where the browser has it (Safari 17.4,
 * Chrome 116, Firefox 124), else a controller that follows both.
 */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (AbortSignal.any) return AbortSignal.any([a, b]);
  const both = new AbortController();
  const follow = (from: AbortSignal) => (from.aborted ? both.abort(from.reason) : from.addEventListener('abort', () => both.abort(from.reason), { once: true }));
  follow(a);
  follow(b);
  return both.signal;
}

function parseReply(text: string): unknown {
  if (!text.trim()) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The server's own words (`error` or `message`), if it gave any, made unable to reorder, hide or
 * overrun what the user reads: white space collapsed, without bidi controls, zero-width and
 * control characters, at most MAX_SERVER_TEXT UTF-16 units cut between graphemes (a cut emoji or
 * accent would show broken).
 */
export function serverText(reply: unknown): string | undefined {
  if (!reply || typeof reply !== 'object') return undefined;
  const { error, message } = reply as { error?: unknown; message?: unknown };
  const text = [error, message].find((value) => typeof value === 'string' && value.trim()) as string | undefined;
  let shown = '';
  const spaced = text?.replace(/[^\S\ufeff]+/g, ' ') ?? '';
  // Graphemes; without Intl.Segmenter, code points (never half a surrogate pair).
  for (let part of Intl.Segmenter ? new Intl.Segmenter().segment(spaced) : spaced) {
    // Controls and bidi, zero-width (U+200B, U+2060, U+FEFF) and other format characters are each a
    // grapheme of their own (\p{C}); joiners (U+200C, U+200D) end one where they join nothing
    // (inside one they join an emoji sequence).
    part = ((part as Intl.SegmentData).segment ?? part).replace(/^\p{C}.*|\p{Join_C}+$/su, '');
    if (shown.length + part.length > MAX_SERVER_TEXT) break;
    shown += part;
  }
  // A dropped character between two spaces leaves both.
  return shown.replace(/  +/g, ' ').trim() || undefined;
}
