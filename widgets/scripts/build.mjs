// Builds every entry in entries.mjs into widgets/dist as a minified ES module.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { entries } from './entries.mjs';

const packageRoot = new URL('..', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', packageRoot), 'utf8'));

await build({
  absWorkingDir: packageRoot.pathname,
  entryPoints: entries.map(({ in: input, out }) => ({ in: input, out })),
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'esm',
  // Browsers of the last few years on municipal visitors' machines; Lit 3 needs ES2021.
  target: ['es2021'],
  legalComments: 'none',
  define: { __SAMVERKA_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
