// @ts-check
/** Serves files from one folder, without ever leaving it. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// The page loads only our own files; inline styles stay allowed for the elements.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The file in `root` that a URL path (relative to the mount point) names, or undefined when the
 * path is malformed or tries to leave `root` (`..`, encoded slashes, NUL).
 * @param {string} root absolute folder
 * @param {string} urlPath e.g. "/app.js", still percent-encoded
 * @param {{flat?: boolean}} [opts] flat: no subfolders (keeps demo/server/ private)
 */
export function resolveInside(root, urlPath, { flat = false } = {}) {
  let relative;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (!relative || relative.includes('\0') || relative.includes('\\')) return undefined;
  if (flat && relative.includes('/')) return undefined;
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : undefined;
}

/**
 * Sends the file (GET/HEAD), or returns false when it does not exist so the caller can 404.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file absolute path from resolveInside
 */
export async function sendFile(req, res, file) {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  const type = TYPES[/** @type {keyof TYPES} */ (path.extname(file).toLowerCase())] ?? 'application/octet-stream';
  /** @type {Record<string, string | number>} */
  const headers = {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = PAGE_POLICY;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') res.end();
  else {
    await pipeline(createReadStream(file), res).catch((error) => {
      // A client that closes its connection (at once after the last byte, or mid-download) is
      // not a server error.
      if (error?.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    });
  }
  return true;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
export function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}
