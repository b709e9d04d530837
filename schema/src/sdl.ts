import { readFile, writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { schema } from './index.js';

/** The committed SDL, next to the package: schema/schema.graphql. */
export const SDL_FILE = new URL('../schema.graphql', import.meta.url);

export function printSdl(): string {
  return `${printSchema(schema)}\n`;
}

export async function writeSdl(): Promise<void> {
  await writeFile(SDL_FILE, printSdl(), 'utf8');
}

/** True when the committed file matches the schema the code builds. */
export async function sdlIsCurrent(): Promise<boolean> {
  const committed = await readFile(SDL_FILE, 'utf8').catch(() => '');
  return committed === printSdl();
}
