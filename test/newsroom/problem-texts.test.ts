import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../widgets/src/newsroom/i18n/en.js';
import { loadProblemTexts, problemText } from '../../widgets/src/newsroom/i18n/problem-text.js';
import type { ProblemValues } from '../../widgets/src/newsroom/i18n/problem-values.js';
import { problemsEn } from '../../widgets/src/newsroom/i18n/problems-en.js';
import { problemsSv } from '../../widgets/src/newsroom/i18n/problems-sv.js';
import { sv } from '../../widgets/src/newsroom/i18n/sv.js';

const ROOT = new URL('../../', import.meta.url).pathname;

function sources(folder: string): Array<{ path: string; text: string }> {
  const directory = join(ROOT, folder);
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ path: join(folder, name), text: readFileSync(join(directory, name), 'utf8') }));
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '');
}

const schema = sources('schema/src');
const schemaText = schema.map((file) => file.text).join('\n');

/** Every code the hub (and the newsroom's own client) can answer with, read from the sources. */
function codesTheHubSends(): Set<string> {
  const codes = new Set<string>();
  const add = (found: string[]) => {
    for (const code of found) codes.add(code);
  };
  add(matches(schemaText, /new InputProblem\(\s*[^,]+,\s*'([A-Z_]+)'/g));
  add(matches(schemaText, /super\(\s*'([A-Z_]+)'/g));
  const reasons = /const REASONS = \{([^}]*)\}/.exec(readFileSync(join(ROOT, 'schema/src/invitation.ts'), 'utf8'));
  add(matches(reasons?.[1] ?? '', /^\s*([A-Z_]+):/gm));
  const errorCodes = /export const ErrorCode = \{([^}]*)\}/.exec(
    readFileSync(join(ROOT, 'schema/src/errors.ts'), 'utf8'),
  );
  add(matches(errorCodes?.[1] ?? '', /'([A-Z_]+)'/g));
  add(matches(readFileSync(join(ROOT, 'db/src/rich-text/problems.ts'), 'utf8'), /code: '([A-Z_]+)'/g));
  // Why a feed source's import failed: not an answer to a mutation, but shown on the same pages.
  const feedErrors = /export type FeedErrorCode =([^;]*);/.exec(
    readFileSync(join(ROOT, 'server/src/ingest/feed-errors.ts'), 'utf8'),
  );
  add(matches(feedErrors?.[1] ?? '', /'([A-Z_]+)'/g));
  for (const file of sources('server/src/uploads')) add(matches(file.text, /new UploadError\(\s*\d+,\s*'([A-Z_]+)'/g));
  const client = readFileSync(join(ROOT, 'widgets/src/newsroom/api/client.ts'), 'utf8');
  add(matches(client, /new ApiError\([^;]*?'([A-Z_]+)'\)/g));
  return codes;
}

const hubCodes = codesTheHubSends();

const SAMPLES: ProblemValues[] = [
  {},
  { most: '300', least: '1' },
  {
    most: '10',
    least: '1',
    minutes: '15',
    subject: 'arbetsmiljo',
    detail: 'https://example.org/feed answered HTTP 404.',
  },
  ...['municipality', 'url', 'images[0].url', 'title', 'capacity', 'credits[0].hours', 'expiresInDays', 'file'].map(
    (field) => ({ field, most: '1 000', least: '1' }),
  ),
];

function rendered(text: string | ((values: ProblemValues) => string), values: ProblemValues): string {
  return typeof text === 'string' ? text : text(values);
}

describe('the newsroom’s texts for the hub’s problems', () => {
  it('reads the codes from the sources it scans', () => {
    // A scan that finds nothing would pass every check below; these are codes every part must yield.
    for (const code of [
      'ENDS_BEFORE_START',
      'REVISION_CONFLICT',
      'INVITATION_EXPIRED',
      'FEED_MALFORMED',
      'NETWORK',
      'FORBIDDEN',
      'UPLOAD_TOO_LARGE',
    ]) {
      expect(hubCodes).toContain(code);
    }
  });

  it('knows every InputProblem code: each one is a literal, or a rich-text problem’s', () => {
    const codeArguments = matches(schemaText, /new InputProblem\(\s*[^,]+,\s*([^,]+),/g).map((each) => each.trim());
    expect(codeArguments.length).toBeGreaterThan(50);
    expect(codeArguments.filter((each) => !/^'[A-Z_]+'$/.test(each))).toEqual(['problem.code']);
  });

  it('reads a code from every kind of Problem the schema has', () => {
    for (const file of schema.filter((each) => /extends Problem\b/.test(each.text))) {
      const own = [
        ...matches(file.text, /super\(\s*'([A-Z_]+)'/g),
        ...matches(file.text, /^\s*(INVITATION_[A-Z_]+):/gm),
      ];
      // InputProblem takes its code from whoever throws it; those calls are read above.
      if (!file.text.includes('class InputProblem')) expect(own, file.path).not.toEqual([]);
    }
  });

  it.each([...codesTheHubSends()])('has a Swedish and an English text for %s', (code) => {
    expect(Object.hasOwn(problemsSv.texts, code), `sv lacks ${code}`).toBe(true);
    expect(Object.hasOwn(problemsEn.texts, code), `en lacks ${code}`).toBe(true);
  });

  it('has no text for a code the hub does not send', () => {
    expect(Object.keys(problemsEn.texts).filter((code) => !hubCodes.has(code))).toEqual([]);
  });

  it.each(Object.keys(problemsEn.texts) as Array<keyof typeof problemsEn.texts>)(
    'writes %s as a whole sentence in each language, translated',
    (code) => {
      for (const values of SAMPLES) {
        const english = rendered(problemsEn.texts[code], values);
        const swedish = rendered(problemsSv.texts[code], values);
        for (const text of [english, swedish]) {
          expect(text).toMatch(/^\S.*[.!]$/);
          expect(text).not.toMatch(/undefined|NaN|\[object/);
        }
        expect(swedish).not.toBe(english);
      }
    },
  );
});

describe('problemText', () => {
  beforeAll(() => Promise.all([loadProblemTexts('sv'), loadProblemTexts('en')]));

  it('translates a problem, with the limit from the hub’s message written the reader’s way', () => {
    const problem = { code: 'TOO_LONG', field: 'input.summary', message: 'Keep it to 1000 characters.' };
    expect(problemText(sv, problem)).toBe('Korta texten till högst 1\u00a0000 tecken.');
    expect(problemText(en, problem)).toBe('Shorten the text to at most 1,000 characters.');
  });

  it('reads a range and the field, without the "input." the hub may put before it', () => {
    const problem = { code: 'OUT_OF_RANGE', field: 'input.capacity', message: 'Give a capacity of 1 to 100 000.' };
    expect(problemText(sv, problem)).toBe('Ange en kapacitet på 1 till 100\u00a0000 platser, eller lämna fältet tomt.');
  });

  it('says when to try a login again from the seconds the hub gives', () => {
    const problem = { code: 'TOO_MANY_ATTEMPTS', message: 'Too many failed logins.', retryAfterSeconds: 610 };
    expect(problemText(sv, problem)).toBe('För många försök: kontot är spärrat en stund. Försök igen om 11 minuter.');
  });

  it('takes what only the view knows', () => {
    const problem = { code: 'TOPIC_EXISTS', field: 'slug', message: 'There is a topic "x" already.' };
    expect(problemText(sv, problem, { subject: 'arbetsmiljo' })).toBe(
      'Det finns redan ett ämne arbetsmiljo: byt namn på det i listan i stället.',
    );
  });

  it('tells an upload’s refusal from a query’s', () => {
    const upload = {
      code: 'BAD_USER_INPUT',
      field: 'file',
      message: 'The image is 9000×10 pixels; each side must be 1 to 8000 pixels.',
    };
    expect(problemText(sv, upload)).toBe(
      'Bilden kunde inte tas emot: välj en enda bild i JPEG, PNG, WebP, GIF eller AVIF med högst 8\u00a0000 pixlar åt varje håll.',
    );
    expect(problemText(sv, { code: 'BAD_USER_INPUT', message: 'Argument "first": at most 100.' })).toMatch(
      /^Hubben kunde inte läsa/,
    );
  });

  it('keeps the hub’s message for a code it does not know, and says so in the UI language', () => {
    expect(problemText(sv, { code: 'SOMETHING_NEW', message: 'A new rule.' })).toBe('Något gick fel: A new rule.');
    expect(problemText(sv, new Error('broken'))).toBe('Något gick fel: broken');
    expect(problemText(sv, { code: 'constructor', message: 'Not a code.' })).toBe('Något gick fel: Not a code.');
  });

  it('says why an import failed in the UI language, and passes the hub’s technical words on', () => {
    const run = {
      code: 'FEED_HTTP_STATUS',
      message: 'https://example.org/feed.xml answered HTTP 404; check the address.',
    };
    expect(problemText(sv, run)).toBe(
      'Webbplatsen svarade med ett fel i stället för flödet: kontrollera adressen. Hubben säger: https://example.org/feed.xml answered HTTP 404; check the address.',
    );
  });

  it('treats an HTTP failure without a code as the hub not answering', () => {
    expect(problemText(sv, { code: 'HTTP_502', message: 'The hub could not answer.' })).toBe(
      'Hubben kunde inte svara just nu: försök igen om en stund.',
    );
  });
});
