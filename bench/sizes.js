// min / gzip (level 9) / brotli (max quality) byte counts of one file's text.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function sizes(code) {
  const bytes = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}
