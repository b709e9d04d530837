// Prints each bundle's minified and gzipped size and fails when one is over its budget.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { entries } from './entries.mjs';

let over = false;
for (const entry of entries) {
  const source = await readFile(new URL(`../dist/${entry.out}.js`, import.meta.url));
  const gzipped = gzipSync(source, { level: 9 }).length;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const budget = entry.budgetBytes ? ` (budget ${kb(entry.budgetBytes)})` : '';
  console.log(`widgets/dist/${entry.out}.js: ${kb(source.length)} minified, ${kb(gzipped)} gzipped${budget}`);
  if (entry.budgetBytes && gzipped > entry.budgetBytes) {
    console.error(`${entry.out}.js is ${kb(gzipped - entry.budgetBytes)} over its budget`);
    over = true;
  }
}
if (over) process.exit(1);
