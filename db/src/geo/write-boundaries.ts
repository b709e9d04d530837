import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { boundaryDir } from './boundaries.js';
import { boundaryFileName } from './boundary-sources.js';
import { buildBoundaries } from './build-boundaries.js';

/**
 * `npm run geo:build [shared data folder]` rewrites db/reference-data/geo/ from the source
 * boundaries (default ../shared/data beside the repository). Run it only when a source changes.
 */
const argument = process.argv[2];
const sharedDataDir = argument
  ? pathToFileURL(argument.endsWith('/') ? argument : `${argument}/`)
  : new URL('../../../../shared/data/', import.meta.url);

for (const country of ['SE', 'NO'] as const) {
  const target = new URL(boundaryFileName(country), boundaryDir);
  const json = JSON.stringify(await buildBoundaries(sharedDataDir, country));
  await writeFile(target, `${json}\n`);
  console.log(`${target.pathname}: ${json.length} bytes`);
}
