// Prints each bundle's minified and gzipped size and fails when one is over its budget. A split entry
// (see build.mjs) is measured as what its page loads at once (the entry and the chunks it imports),
// against budgetBytes, and as what each of its import()s fetches the first time (the chunk and the
// chunks it brings), against onDemandBudgets[name] or else onDemandBudgetBytes. An entry that cannot draw
// before one of several chunks has come (initialWithOneOf: the UI language's texts) counts the largest of
// them in its initial load.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { entries } from './entries.mjs';

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Minified and gzipped bytes of the files, summed: each is a request of its own, compressed alone. */
async function measure(files) {
  let minified = 0;
  let gzipped = 0;
  for (const file of files) {
    const source = await readFile(new URL(file, dist));
    minified += source.length;
    gzipped += gzipSync(source, { level: 9 }).length;
  }
  return { minified, gzipped };
}

let over = false;
async function report(label, files, budgetBytes) {
  const { minified, gzipped } = await measure(files);
  const budget = budgetBytes ? ` (budget ${kb(budgetBytes)})` : '';
  console.log(`${label}: ${kb(minified)} minified, ${kb(gzipped)} gzipped${budget} [${files.join(', ')}]`);
  if (budgetBytes && gzipped > budgetBytes) {
    console.error(`${label} is ${kb(gzipped - budgetBytes)} over its budget`);
    over = true;
  }
}

for (const entry of entries) {
  if (!entry.split) {
    await report(entry.out, [`${entry.out}.js`], entry.budgetBytes);
    continue;
  }
  const chunks = JSON.parse(await readFile(new URL(`${entry.out}.chunks.json`, dist), 'utf8'));
  // chunks/newsroom-news-area-65TAEAZR.js is the news-area module's chunk.
  const nameOf = (chunk) => chunk.replace(`chunks/${entry.out}-`, '').replace(/-[A-Z0-9]+\.js$/, '');
  const shell = [`${entry.out}.js`, ...chunks.initial];
  const needed = Object.entries(chunks.onDemand).filter(([chunk]) => entry.initialWithOneOf?.includes(nameOf(chunk)));
  let largest = { label: 'shell', files: shell, gzipped: -1 };
  for (const [chunk, files] of needed) {
    const withChunk = [...shell, ...files.filter((file) => !shell.includes(file))];
    const { gzipped } = await measure(withChunk);
    if (gzipped > largest.gzipped) largest = { label: `shell and ${nameOf(chunk)}`, files: withChunk, gzipped };
  }
  await report(`${entry.out}, initial load (${largest.label})`, largest.files, entry.budgetBytes);
  for (const [chunk, files] of Object.entries(chunks.onDemand)) {
    const name = nameOf(chunk);
    const budget = entry.onDemandBudgets[name] ?? entry.onDemandBudgetBytes;
    await report(`${entry.out}, ${name} (on demand)`, files, budget);
  }
}
if (over) process.exit(1);
