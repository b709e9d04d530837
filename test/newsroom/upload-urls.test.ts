import { sanitizeRichText } from '@samverka/db/rich-text/sanitize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, seedUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { tinyImage, type UploadAnswer, upload } from '../support/uploads.js';

const HUB = 'http://localhost:4000/samverka';
const ID = '0b0e7c5e-3c1e-4c55-9a4e-2f5d7e9a1b2c';

describe('rich text: the hub’s own uploads', () => {
  const image = (src: string) => sanitizeRichText(`<img src="${src}" alt="Karta">`, { hubUrl: HUB });

  it('accepts an upload given relative to the hub and writes it out absolute', () => {
    for (const src of [`/samverka/uploads/${ID}.png`, `uploads/${ID}.png`, `${HUB}/uploads/${ID}.png`]) {
      expect(image(src), src).toMatchObject({
        html: `<img src="${HUB}/uploads/${ID}.png" alt="Karta" />`,
        problems: [],
      });
    }
  });

  it('still refuses relative images that are not uploads, or that climb out of /uploads/', () => {
    for (const src of ['/lokal.jpg', '/samverka/uploads/../hemligt.png', '//evil.example/samverka/uploads/x.png']) {
      const result = image(src);
      expect(result.html, src).not.toContain('<img');
      expect(result.problems[0]?.code, src).toBe('IMAGE_SRC_INVALID');
    }
  });

  it('knows no uploads without the hub’s address', () => {
    expect(sanitizeRichText(`<img src="/uploads/${ID}.png" alt="Karta">`).problems[0]?.code).toBe('IMAGE_SRC_INVALID');
  });
});

const CREATE = `mutation ($input: NewsInput!) {
  createNewsDraft(federation: "vo-college-skane", input: $input) {
    __typename
    ... on CreateNewsDraftSuccess { data { body images { url alt } } }
    ... on InputProblem { code field message }
  }
}`;

interface Created {
  createNewsDraft: {
    __typename: string;
    data?: { body: string; images: Array<{ url: string; alt: string }> };
    code?: string;
    field?: string;
  };
}

describe('news items with uploaded images, on a plain-http hub', () => {
  let test: TestApp;
  let editor: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true }, { publicUrl: 'http://localhost:4000' });
    editor = await logIn(
      test.app,
      await seedUser(test.database.db, { email: 'red@skane.example', roles: { 'vo-college-skane': 'editor' } }),
    );
  });
  afterAll(() => test.close());

  it('takes the URL an upload answered with, and a relative one, in images and in the body', async () => {
    const uploaded = await upload(test.app, {
      token: editor,
      federation: 'vo-college-skane',
      bytes: await tinyImage('png'),
    });
    const { url, id } = uploaded.json<UploadAnswer>();
    expect(url).toBe(`http://localhost:4000/uploads/${id}.png`);
    const result = await send<Created>(
      test.app,
      CREATE,
      {
        input: {
          title: 'Med egen bild',
          language: 'sv',
          body: `<p>Text.</p><img src="/uploads/${id}.png" alt="Kursstart">`,
          images: [
            { url, alt: 'Kursstart' },
            { url: `/uploads/${id}.png`, alt: 'Samma bild' },
          ],
        },
      },
      { token: editor },
    );
    expect(result.data?.createNewsDraft.data).toEqual({
      body: `<p>Text.</p><img src="${url}" alt="Kursstart" />`,
      images: [
        { url, alt: 'Kursstart' },
        { url, alt: 'Samma bild' },
      ],
    });
  });

  it('still wants https for images elsewhere', async () => {
    const result = await send<Created>(
      test.app,
      CREATE,
      { input: { title: 'Extern bild', language: 'sv', images: [{ url: 'http://bilder.example/uploads/a.png' }] } },
      { token: editor },
    );
    expect(result.data?.createNewsDraft).toMatchObject({ code: 'INVALID_URL', field: 'images[0].url' });
  });
});
