import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A built file, compressed once at start rather than per request. */
export interface CompressedFile {
  content: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

export function compress(content: Buffer): CompressedFile {
  return {
    content,
    gzip: gzipSync(content, { level: 9 }),
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

/** One built file of widgets/dist, under its stable name and its content-hashed name. */
export interface WidgetBundle extends CompressedFile {
  /** `samverka.js`: the alias an editor's snippet may use. */
  name: string;
  /** `samverka.3f9a1c2b7d.js`: changes whenever the content does, so it can be cached for good. */
  versionedName: string;
}

/** Where `npm run build:widgets` writes the bundles. */
export function widgetsDistDirectory(): string {
  const packageJson = createRequire(import.meta.url).resolve('@samverka/widgets/package.json');
  return join(dirname(packageJson), 'dist');
}

/** Every bundle in the widgets' dist folder, read once (a deploy replaces the process, not the files). */
export async function readWidgetBundles(directory = widgetsDistDirectory()): Promise<Map<string, WidgetBundle>> {
  let files: string[];
  try {
    files = (await readdir(directory)).filter((file) => file.endsWith('.js'));
  } catch {
    files = [];
  }
  if (!files.length) {
    throw new Error(`No widget bundle in ${directory}: build it with \`npm run build:widgets\` (npm start does).`);
  }
  const bundles = new Map<string, WidgetBundle>();
  for (const name of files) {
    const content = await readFile(join(directory, name));
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
    bundles.set(name, {
      name,
      versionedName: name.replace(/\.js$/, `.${hash}.js`),
      ...compress(content),
    });
  }
  return bundles;
}
