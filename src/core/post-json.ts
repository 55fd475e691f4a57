import { PasskeyError } from './errors.js';

/** Longest server-given text we show; longer text is cut. */
const MAX_SERVER_TEXT = 200;

/**
 * POSTs `body` as JSON and returns the reply: parsed JSON, the raw text when it is not JSON,
 * or `null` when it is empty. Fails with a PasskeyError on network failure or a non-2xx reply.
 */
export async function postJson(
  url: string,
  body: unknown,
  init: { credentials?: RequestCredentials; signal?: AbortSignal },
): Promise<unknown> {
  let text: string;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: init.credentials ?? 'same-origin',
      signal: init.signal,
    });
    text = await response.text();
  } catch (cause) {
    // Our own abort stays an AbortError; anything else is the network.
    if (init.signal?.aborted) throw cause;
    throw new PasskeyError('network-error', undefined, { cause });
  }
  const reply = parseReply(text);
  if (!response.ok) {
    throw new PasskeyError('server-error', serverText(reply), { status: response.status, cause: reply });
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
