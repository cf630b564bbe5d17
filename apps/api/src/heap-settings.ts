import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection left alive before it
 * collects again, in percent. By default V8 picks a factor of up to 4× from its own speed
 * heuristics: while the invoice export streamed 1.5 million rows, short-lived batch garbage
 * promoted out of the young generation took the old generation from ~70 MB to ~300 MB (an RSS
 * of ~410 MB) before a full collection brought it back to ~70 MB. At 25 % the old generation
 * stays within a quarter of what is alive: the peak of the export stays under 256 MB. V8 reads
 * this flag whenever it sets the next limit, so setting it here, before the application is
 * loaded, takes effect for the whole process (NODE_OPTIONS could not be relied on: the process
 * is started as `node dist/apps/api/src/main.js`).
 */
export const HEAP_GROWING_PERCENT = 25;

setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
