// Builds every entry in entries.mjs into widgets/dist as a minified ES module. Split entries get their
// chunks in dist/chunks/ (content-hashed names) and a manifest, dist/<out>.chunks.json, naming the
// chunks the entry imports at once ("initial"), those it imports on demand ("lazy"), and what each
// import() brings ("onDemand").
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { entries } from './entries.mjs';

const packageRoot = new URL('..', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', packageRoot), 'utf8'));

const common = {
  absWorkingDir: packageRoot.pathname,
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'esm',
  // Browsers of the last few years on municipal visitors' machines; Lit 3 needs ES2021.
  target: ['es2021'],
  legalComments: 'none',
  define: { __SAMVERKA_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};
const entryPoint = ({ in: input, out }) => ({ in: input, out });

// Chunks of an earlier build would linger under their old hashes.
await rm(new URL('dist/chunks', packageRoot), { recursive: true, force: true });
await mkdir(new URL('dist', packageRoot), { recursive: true });

await build({ ...common, entryPoints: entries.filter((entry) => !entry.split).map(entryPoint) });

for (const entry of entries.filter((candidate) => candidate.split)) {
  const { metafile } = await build({
    ...common,
    entryPoints: [entryPoint(entry)],
    splitting: true,
    chunkNames: `chunks/${entry.out}-[name]-[hash]`,
    metafile: true,
  });
  await writeFile(
    new URL(`dist/${entry.out}.chunks.json`, packageRoot),
    `${JSON.stringify(manifest(entry, metafile), null, 2)}\n`,
  );
}

/**
 * The entry's chunks, as paths relative to dist: those loaded with it ("initial"), those loaded on demand
 * ("lazy"), and for each chunk an import() asks for, what fetching it first brings ("onDemand"): the chunk
 * and the chunks it imports that the page does not have yet.
 */
function manifest(entry, metafile) {
  const outputs = metafile.outputs;
  const staticImports = (path, found = new Set()) => {
    for (const imported of outputs[path].imports) {
      if (imported.kind === 'import-statement' && !found.has(imported.path)) {
        found.add(imported.path);
        staticImports(imported.path, found);
      }
    }
    return found;
  };
  const initial = staticImports(`dist/${entry.out}.js`);
  const relative = (path) => path.replace(/^dist\//, '');
  const chunks = Object.keys(outputs).filter((path) => path.startsWith('dist/chunks/') && path.endsWith('.js'));
  const lazy = chunks.filter((path) => !initial.has(path));
  const brought = (path) => [path, ...staticImports(path)].filter((chunk) => !initial.has(chunk)).map(relative);
  return {
    initial: chunks.filter((path) => initial.has(path)).map(relative),
    lazy: lazy.map(relative),
    onDemand: Object.fromEntries(
      lazy.filter((path) => outputs[path].entryPoint).map((path) => [relative(path), brought(path)]),
    ),
  };
}
