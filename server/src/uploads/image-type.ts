import type { UploadExtension, UploadMediaType } from '@samverka/db/tables/uploads';
import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { UploadError } from './errors.js';

/** The formats browsers show in an <img> without running anything; SVG can carry script, so it is not one. */
const ALLOWED: Readonly<Record<string, UploadExtension>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
};

/** Larger sides are no photo for a news item, and decoding them could exhaust a reader's browser. */
const MAX_SIDE = 20_000;

export interface ImageFacts {
  mediaType: UploadMediaType;
  extension: UploadExtension;
  width: number;
  height: number;
}

const unsupported = (what: string) =>
  new UploadError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `The file is ${what}. Upload a JPEG, PNG, WebP, GIF or AVIF image (SVG is not accepted).`,
    { allowed: Object.keys(ALLOWED) },
  );

/** What the bytes are, judged by their content alone: a name or a Content-Type from the client proves nothing. */
export async function sniffImage(bytes: Buffer): Promise<ImageFacts> {
  const type = await fileTypeFromBuffer(bytes);
  const extension = type ? ALLOWED[type.mime] : undefined;
  if (!type || !extension) {
    throw unsupported(type ? `of type ${type.mime}` : 'not an image of a known format (SVG and text are not accepted)');
  }
  const size = dimensions(bytes);
  if (!size) throw unsupported(`marked as ${type.mime}, but its dimensions cannot be read; it may be damaged`);
  if (size.width > MAX_SIDE || size.height > MAX_SIDE) {
    throw new UploadError(
      400,
      'BAD_USER_INPUT',
      `The image is ${size.width}×${size.height} pixels; each side must be 1 to ${MAX_SIDE} pixels.`,
    );
  }
  return { mediaType: type.mime as UploadMediaType, extension, width: size.width, height: size.height };
}

function dimensions(bytes: Buffer): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(bytes);
    return width > 0 && height > 0 ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}
