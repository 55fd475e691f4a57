// @ts-check
/** Small helpers over Node's raw request/response: JSON bodies, JSON replies, cookies. */

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/** A failure with the status and JSON body to reply with. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message shown to the user, so plain words
   * @param {{extra?: Record<string, unknown>, headers?: Record<string, string>}} [more]
   *   fields for the reply body before `error`; reply headers
   */
  constructor(status, message, { extra = {}, headers = {} } = {}) {
    super(message);
    this.status = status;
    this.body = { ...extra, error: message };
    this.headers = headers;
  }
}

/**
 * 415 unless Content-Type is application/json: browsers cannot send that cross-origin without a
 * CORS preflight, which makes it a cheap CSRF guard.
 * @param {Request} req
 */
export function requireJson(req) {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'Send the request body as application/json.');
  }
}

/**
 * Reads the request body as JSON, straight from the stream (so it works under Koa with
 * `ctx.respond = false` too); 415 unless it is declared JSON.
 * @param {Request} req
 * @param {number} limit bytes
 * @returns {Promise<unknown>} undefined for an empty body
 */
export async function readJson(req, limit) {
  requireJson(req);
  if (Number(req.headers['content-length']) > limit) throw tooLarge(req);
  const text = await new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      reject(tooLarge(req));
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
    // A client gone mid-body: settle, so nothing waits for an 'end' that never comes.
    req.once('close', () => reject(new HttpError(400, 'The request body was cut short.')));
  });
  // An empty body is no body (e.g. logout); handlers that need one say so.
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

/** What is read and thrown away after a 413 before the connection is cut. */
export const DISCARD_LIMIT = { bytes: 8 * 1024 * 1024, ms: 5_000 };

/**
 * The 413, with the rest of the body read and thrown away, up to DISCARD_LIMIT: closing at once
 * would make the client's TCP stack answer our reply with a reset while it is still sending, and
 * many clients then report "connection reset" and never show the 413. Past the limit (a client
 * that sends without end) the connection is cut.
 * @param {Request} req
 */
function tooLarge(req) {
  let discarded = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, DISCARD_LIMIT.ms);
  timer.unref();
  req.on('data', (/** @type {Buffer} */ chunk) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT.bytes) cut();
  });
  req.once('end', () => clearTimeout(timer));
  req.socket.once('close', () => clearTimeout(timer));
  req.resume();
  return new HttpError(413, 'The request body is too large.');
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string | string[]>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    // Replies carry challenges and account data: never cache them.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/**
 * 204: no body.
 * @param {Response} res
 * @param {Record<string, string | string[]>} [headers]
 */
export function sendNoContent(res, headers = {}) {
  res.writeHead(204, { 'Cache-Control': 'no-store', ...headers });
  res.end();
}

/**
 * @param {Request} req
 * @param {string} name
 * @returns {string | undefined}
 */
export function readCookie(req, name) {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * @param {string} name
 * @param {string} value
 * @param {{secure?: boolean, maxAge?: number}} [opts]
 */
export function serializeCookie(name, value, { secure = false, maxAge } = {}) {
  let cookie = `${name}=${value}; HttpOnly; SameSite=Lax; Path=/`;
  if (maxAge !== undefined) cookie += `; Max-Age=${maxAge}`;
  if (secure) cookie += '; Secure';
  return cookie;
}
