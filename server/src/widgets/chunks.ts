import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CompressedFile, compress, widgetsDistDirectory } from './bundles.js';

/** The split bundles' chunks (widgets/dist/chunks/), and which of them each bundle imports at once. */
export interface WidgetChunks {
  /** By file name, e.g. `newsroom-body-editor-ME2MHY6M.js`: esbuild's content hash is in the name. */
  files: Map<string, CompressedFile>;
  /** By bundle name (`newsroom.js`): the chunks it imports at once, to preload with it. */
  initial: Map<string, string[]>;
}

/** Reads every chunk and every bundle's chunk manifest (`<bundle>.chunks.json`, written by build.mjs). */
export async function readWidgetChunks(directory = widgetsDistDirectory()): Promise<WidgetChunks> {
  const files = new Map<string, CompressedFile>();
  const chunkDirectory = join(directory, 'chunks');
  const names = await readdir(chunkDirectory).catch(() => [] as string[]);
  for (const name of names.filter((file) => file.endsWith('.js'))) {
    files.set(name, compress(await readFile(join(chunkDirectory, name))));
  }
  const initial = new Map<string, string[]>();
  for (const manifest of (await readdir(directory)).filter((file) => file.endsWith('.chunks.json'))) {
    const listed = JSON.parse(await readFile(join(directory, manifest), 'utf8')) as { initial: string[] };
    initial.set(
      manifest.replace(/\.chunks\.json$/, '.js'),
      listed.initial.map((path) => path.replace(/^chunks\//, '')),
    );
  }
  return { files, initial };
}
