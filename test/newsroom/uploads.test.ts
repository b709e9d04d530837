import { mkdtemp, readdir, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, seedUser } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { type ImageFormat, tinyImage, type UploadAnswer, upload } from '../support/uploads.js';

const OWN = 'vo-college-skane';
const PUBLIC_URL = 'https://samverka.example/hub';
const LIMIT = 64 * 1024;

const FORMATS: Array<[ImageFormat, string, string]> = [
  ['jpeg', 'image/jpeg', 'jpg'],
  ['png', 'image/png', 'png'],
  ['webp', 'image/webp', 'webp'],
  ['gif', 'image/gif', 'gif'],
  ['avif', 'image/avif', 'avif'],
];

async function uploadCount(test: TestApp): Promise<number> {
  const row = await test.database.db
    .selectFrom('uploads')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('image uploads kept in the database', () => {
  let test: TestApp;
  let editor: string;
  let otherAdmin: string;
  let platformAdmin: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true }, { publicUrl: PUBLIC_URL, uploads: { maxBytes: LIMIT } });
    const db = test.database.db;
    editor = await logIn(test.app, await seedUser(db, { email: 'red@skane.example', roles: { [OWN]: 'editor' } }));
    otherAdmin = await logIn(
      test.app,
      await seedUser(db, { email: 'admin@gr.example', roles: { goteborgsregionen: 'admin' } }),
    );
    platformAdmin = await logIn(test.app, await seedUser(db, { email: 'pa@example.org', platformAdmin: true }));
  });
  afterAll(() => test.close());

  for (const [format, mediaType, extension] of FORMATS) {
    it(`accepts a ${format} image, records its size and serves it back byte for byte`, async () => {
      const bytes = await tinyImage(format, 5, 3);
      // The name and type the browser claims are deliberately wrong: only the content counts.
      const response = await upload(test.app, {
        token: editor,
        federation: OWN,
        bytes,
        filename: 'x.bin',
        type: 'application/octet-stream',
      });
      expect(response.statusCode, response.body).toBe(201);
      const answer = response.json<UploadAnswer>();
      expect(answer).toMatchObject({ width: 5, height: 3, type: mediaType, bytes: bytes.length });
      expect(answer.url).toBe(`${PUBLIC_URL}/uploads/${answer.id}.${extension}`);

      const served = await test.app.inject({ method: 'GET', url: `/uploads/${answer.id}.${extension}` });
      expect(served.statusCode).toBe(200);
      expect(served.rawPayload.equals(bytes)).toBe(true);
      expect(served.headers['content-type']).toBe(mediaType);
    });
  }

  it('records who uploaded what for which federation, and audits it', async () => {
    const response = await upload(test.app, { token: editor, federation: OWN, bytes: await tinyImage('png') });
    const { id } = response.json<UploadAnswer>();
    const row = await test.database.db
      .selectFrom('uploads as u')
      .innerJoin('users', 'users.id', 'u.uploaded_by')
      .innerJoin('federations as f', 'f.id', 'u.federation_id')
      .select(['users.email', 'f.slug', 'u.storage', 'u.created_at'])
      .where('u.id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: 'red@skane.example', slug: OWN, storage: 'database' });
    const audit = await test.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', id)
      .execute();
    expect(audit).toEqual([
      { action: 'upload.created', details: expect.objectContaining({ mediaType: 'image/png', width: 3, height: 2 }) },
    ]);
  });

  it('refuses a text file renamed to .png with a 415 naming the allowed types', async () => {
    const response = await upload(test.app, {
      token: editor,
      federation: OWN,
      bytes: Buffer.from('Hej, det här är ingen bild.\n'.repeat(20)),
      filename: 'bild.png',
      type: 'image/png',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(response.json<{ error: string }>().error).toMatch(/JPEG, PNG, WebP, GIF or AVIF/);
  });

  it('refuses SVG, which can carry script', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><script>alert(1)</script><rect width="4" height="4"/></svg>',
    );
    const response = await upload(test.app, { token: editor, federation: OWN, bytes: svg, type: 'image/svg+xml' });
    expect(response.statusCode).toBe(415);
    expect(response.json<{ error: string }>().error).toMatch(/SVG is not accepted/);
  });

  it('refuses an image over the limit with a 413 that names the limit, and stores nothing', async () => {
    const before = await uploadCount(test);
    // Random pixels do not compress, so this PNG is well over the 64 KB limit.
    const noise = await import('sharp').then(({ default: sharp }) =>
      sharp(Buffer.from(Array.from({ length: 200 * 200 * 3 }, () => Math.floor(Math.random() * 256))), {
        raw: { width: 200, height: 200, channels: 3 },
      })
        .png()
        .toBuffer(),
    );
    expect(noise.length).toBeGreaterThan(LIMIT);
    const response = await upload(test.app, { token: editor, federation: OWN, bytes: noise });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'UPLOAD_TOO_LARGE', limitBytes: LIMIT });
    expect(response.json<{ error: string }>().error).toMatch(/limit of 0\.1 MB/);
    expect(await uploadCount(test)).toBe(before);
  });

  it('answers 401 without a token and with a revoked or malformed one', async () => {
    const bytes = await tinyImage('png');
    const anonymous = await upload(test.app, { federation: OWN, bytes });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    const malformed = await upload(test.app, { token: 'nonsense', federation: OWN, bytes });
    expect(malformed.statusCode).toBe(401);
    expect(malformed.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers 403 to someone with a role only in another federation; platform admins may upload anywhere', async () => {
    const bytes = await tinyImage('png');
    const before = await uploadCount(test);
    const other = await upload(test.app, { token: otherAdmin, federation: OWN, bytes });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(await uploadCount(test)).toBe(before);
    expect((await upload(test.app, { token: platformAdmin, federation: OWN, bytes })).statusCode).toBe(201);
  });

  it('names a missing federation field, and an unknown federation', async () => {
    const bytes = await tinyImage('png');
    const missing = await upload(test.app, { token: editor, bytes });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: string }>().error).toMatch(/"federation" is missing/);
    const unknown = await upload(test.app, { token: editor, federation: 'finns-inte', bytes });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a body that is not a form with a 415 that says how to send one', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/uploads',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'image/png' },
      payload: await tinyImage('png'),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json<{ error: string }>().error).toMatch(/multipart\/form-data/);
  });

  it('serves with long-lived caching, safe headers, and answers a matching If-None-Match with 304', async () => {
    const response = await upload(test.app, { token: editor, federation: OWN, bytes: await tinyImage('webp') });
    const { id } = response.json<UploadAnswer>();
    const served = await test.app.inject({ method: 'GET', url: `/uploads/${id}.webp` });
    expect(served.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-disposition': `inline; filename="${id}.webp"`,
      'cross-origin-resource-policy': 'cross-origin',
    });
    expect(served.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(served.headers['content-security-policy']).toMatch(/sandbox/);
    const etag = served.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    const again = await test.app.inject({
      method: 'GET',
      url: `/uploads/${id}.webp`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
  });

  it('answers 404 for an unknown id, a wrong extension and a malformed name', async () => {
    const response = await upload(test.app, { token: editor, federation: OWN, bytes: await tinyImage('gif') });
    const { id } = response.json<UploadAnswer>();
    for (const url of [
      '/uploads/00000000-0000-4000-8000-000000000000.png',
      `/uploads/${id}.png`,
      '/uploads/..%2Fpackage.json',
    ]) {
      expect((await test.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });
});

describe('image uploads kept in a directory', () => {
  let test: TestApp;
  let directory: string;
  let publisher: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'samverka-uploads-'));
    test = await startTestApp({ demo: true }, { uploads: { directory: join(directory, 'bilder') } });
    publisher = await logIn(
      test.app,
      await seedUser(test.database.db, { email: 'pub@skane.example', roles: { [OWN]: 'publisher' } }),
    );
  });
  afterAll(async () => {
    await test.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('writes the file there, keeps only its facts in the database, and serves it', async () => {
    const bytes = await tinyImage('jpeg');
    const response = await upload(test.app, { token: publisher, federation: OWN, bytes });
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json<UploadAnswer>();
    expect(await readdir(join(directory, 'bilder'))).toEqual([`${id}.jpg`]);
    const row = await test.database.db
      .selectFrom('uploads')
      .select(['storage', 'content'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ storage: 'directory', content: null });

    const served = await test.app.inject({ method: 'GET', url: `/uploads/${id}.jpg` });
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(bytes)).toBe(true);
    expect(served.headers['content-type']).toBe('image/jpeg');

    await unlink(join(directory, 'bilder', `${id}.jpg`));
    expect((await test.app.inject({ method: 'GET', url: `/uploads/${id}.jpg` })).statusCode).toBe(404);
  });

  it('takes images larger than the 1 MB GraphQL body limit, up to its own limit of 10 MB', async () => {
    const { default: sharp } = await import('sharp');
    const side = 700;
    const pixels = Buffer.from(Array.from({ length: side * side * 3 }, () => Math.floor(Math.random() * 256)));
    const bytes = await sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
      .png()
      .toBuffer();
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    const response = await upload(test.app, { token: publisher, federation: OWN, bytes });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<UploadAnswer>()).toMatchObject({ width: side, height: side, bytes: bytes.length });
  });

  it('leaves no file behind when the image is refused', async () => {
    const before = await readdir(join(directory, 'bilder'));
    const response = await upload(test.app, { token: publisher, federation: OWN, bytes: Buffer.from('inte en bild') });
    expect(response.statusCode).toBe(415);
    expect(await readdir(join(directory, 'bilder'))).toEqual(before);
  });
});
