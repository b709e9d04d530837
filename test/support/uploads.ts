import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif';

/** A real image of a few pixels, encoded by an independent library rather than written by hand. */
export async function tinyImage(format: ImageFormat, width = 3, height = 2): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#b4002d' } })
    .toFormat(format)
    .toBuffer();
}

export interface UploadRequest {
  token?: string;
  federation?: string;
  bytes: Buffer;
  /** What the browser would say the file is called and is; the hub believes neither. */
  filename?: string;
  type?: string;
}

/** POST /uploads the way a browser's fetch sends a FormData. */
export async function upload(app: FastifyInstance, request: UploadRequest): Promise<LightMyRequestResponse> {
  const form = new FormData();
  if (request.federation !== undefined) form.append('federation', request.federation);
  form.append(
    'file',
    new Blob([new Uint8Array(request.bytes)], { type: request.type ?? 'image/png' }),
    request.filename ?? 'bild.png',
  );
  return app.inject({
    method: 'POST',
    url: '/uploads',
    headers: request.token ? { authorization: `Bearer ${request.token}` } : {},
    payload: form,
  });
}

export interface UploadAnswer {
  id: string;
  url: string;
  width: number;
  height: number;
  type: string;
  bytes: number;
}
