// Size budget of the drop-in file: prints its gzip size and fails above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FILE = 'dist/cdn/passkey-elements.min.js';
// 13.5 KiB gzip with libraries as they ship: the project's size rule (the 12 KiB rule is retired).
const BUDGET = 13.5 * 1024;

const bytes = readFileSync(new URL(`../${FILE}`, import.meta.url));
const gzip = gzipSync(bytes, { level: 9 }).length;
const verdict = gzip <= BUDGET ? 'within' : 'OVER';
console.log(`${FILE}: ${bytes.length} B min, ${gzip} B gzip (${(gzip / 1024).toFixed(2)} KiB), ${verdict} the ${BUDGET / 1024} KiB budget`);
if (gzip > BUDGET) process.exit(1);
