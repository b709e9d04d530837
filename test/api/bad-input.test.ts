import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { type GraphqlResult, post, query } from '../support/graphql.js';

interface FastifyErrorBody {
  error: string;
  code: string;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** `parent` is a single object, so a chain of them is deep without being costly. */
const parentChain = (levels: number) => `${'parent { '.repeat(levels)}name${' }'.repeat(levels)}`;

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

describe('bad input and abusive requests', () => {
  let testApp: TestApp;
  /** Every response body this file saw, checked at the end for leaked internals. */
  const bodies: string[] = [];

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  async function get<Data = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResult<Data>> {
    const result = await query<Data>(testApp.app, source, variables);
    bodies.push(result.response.body);
    return result;
  }

  async function inject(options: InjectOptions): Promise<LightMyRequestResponse> {
    const response = await testApp.app.inject(options);
    bodies.push(response.body);
    return response;
  }

  /** One BAD_USER_INPUT error that names the argument to fix, both in the message and in extensions. */
  function expectBadInput(result: GraphqlResult<unknown>, argument: string): void {
    expect(result.errors, JSON.stringify(result.response.body)).toHaveLength(1);
    const [error] = result.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.argument).toBe(argument);
    expect(error?.message).toContain(`"${argument}"`);
  }

  describe('arguments a person must correct', () => {
    it('node(id) with a string that is not an ID', async () => {
      const result = await get<{ node: { id: string } | null }>('{ node(id: "not-an-id") { id } }');
      expectBadInput(result, 'id');
      expect(result.data?.node ?? null).toBeNull();
    });

    it('node(id) with a well-formed ID of a row that does not exist is null, without an error', async () => {
      const id = Buffer.from('NewsItem:00000000-0000-4000-8000-000000000000', 'utf8').toString('base64url');
      const result = await get<{ node: { id: string } | null }>('query Node($id: ID!) { node(id: $id) { id } }', {
        id,
      });
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
      expect(result.data).toEqual({ node: null });
    });

    it('news(after) with a cursor that is not one', async () => {
      const result = await get('{ news(after: "garbage") { totalCount } }');
      expectBadInput(result, 'after');
      expect(result.data).toBeNull();
    });

    it('news(after) with a cursor taken from the municipalities list', async () => {
      const municipalities = await get<{ municipalities: { pageInfo: { endCursor: string | null } } }>(
        '{ municipalities(first: 1) { pageInfo { endCursor } } }',
      );
      const cursor = municipalities.data?.municipalities.pageInfo.endCursor;
      expect(cursor).toEqual(expect.any(String));

      const result = await get('query News($after: String) { news(after: $after) { totalCount } }', { after: cursor });
      expectBadInput(result, 'after');
      expect(result.errors?.[0]?.message).toContain('does not belong to this list');
    });

    it('municipalities(after) with a cursor taken from the news list, whose values would fit the types', async () => {
      const news = await get<{ news: { pageInfo: { endCursor: string | null } } }>(
        '{ news(first: 1) { pageInfo { endCursor } } }',
      );
      const cursor = news.data?.news.pageInfo.endCursor;
      const result = await get('query M($after: String) { municipalities(first: 3, after: $after) { totalCount } }', {
        after: cursor,
      });
      expectBadInput(result, 'after');
    });

    it('news(after) with a forged cursor whose date the database cannot read is bad input, not a server error', async () => {
      // Well-formed, but 31 February is no day PostgreSQL can read.
      const cursor = encodeCursor(['news:newest', '2023-02-31T00:00:00Z', '00000000-0000-4000-8000-000000000000']);
      const result = await get('query News($after: String) { news(after: $after) { totalCount } }', { after: cursor });
      expect(result.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expectBadInput(result, 'after');
    });

    it.each([
      ['first', '{ news(first: 101) { totalCount } }'],
      ['first', '{ news(first: -1) { totalCount } }'],
      ['last', '{ news(last: 101) { totalCount } }'],
    ])('news with %s outside 0–100: %s', async (argument, source) => {
      const result = await get(source);
      expectBadInput(result, argument);
      expect(result.errors?.[0]?.message).toContain('100');
    });

    it('news with both first and last', async () => {
      const result = await get('{ news(first: 1, last: 1) { totalCount } }');
      expectBadInput(result, 'last');
      expect(result.errors?.[0]?.message).toContain('first');
    });

    it('news(filter.municipality) with a county code instead of a municipality code', async () => {
      const result = await get('{ news(filter: { municipality: "12" }) { totalCount } }');
      expectBadInput(result, 'filter.municipality');
    });

    it('news(filter.federations) with something that is not a slug', async () => {
      const result = await get('{ news(filter: { federations: ["Not A Slug"] }) { totalCount } }');
      expectBadInput(result, 'filter.federations');
      expect(result.errors?.[0]?.message).toContain('Not A Slug');
    });

    it('municipalities(filter.county) with a county name instead of its code', async () => {
      const result = await get('{ municipalities(filter: { county: "Skåne" }) { totalCount } }');
      expectBadInput(result, 'filter.county');
    });

    it('news with publishedAfter later than publishedBefore', async () => {
      const result = await get(
        `{ news(filter: { publishedAfter: "2025-01-01T00:00:00Z", publishedBefore: "2024-01-01T00:00:00Z" }) {
          totalCount } }`,
      );
      expectBadInput(result, 'filter.publishedAfter');
    });

    it('search with nothing but spaces', async () => {
      const result = await get('{ search(query: "  ") { totalCount } }');
      expectBadInput(result, 'query');
    });
  });

  describe('values GraphQL itself refuses', () => {
    it('an enum literal that does not exist fails validation with a clear message', async () => {
      const result = await get('{ courses(filter: { format: WRONG }) { totalCount } }');
      expect(result.status).toBe(400);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toContain('"WRONG"');
      expect(result.errors?.[0]?.message).toContain('CourseFormat');
    });

    it('an enum variable that does not exist is bad user input', async () => {
      const result = await get(
        'query Courses($format: CourseFormat) { courses(filter: { format: $format }) { totalCount } }',
        {
          format: 'WRONG',
        },
      );
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('$format');
      expect(result.errors?.[0]?.message).toContain('CourseFormat');
    });

    it('a variable of the wrong type is bad user input', async () => {
      const result = await get('query News($first: Int) { news(first: $first) { totalCount } }', { first: 'many' });
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('$first');
      expect(result.errors?.[0]?.message).toContain('Int');
    });

    it('a DateTime variable that is no date is bad user input', async () => {
      const result = await get(
        'query Events($after: DateTime) { events(filter: { endsAfter: $after }) { totalCount } }',
        {
          after: 'next tuesday',
        },
      );
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('$after');
    });
  });

  describe('malformed and oversized requests', () => {
    it('answers a POST whose JSON body is malformed with 400', async () => {
      const response = await inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: '{"query": "{ topics { slug } }"',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<FastifyErrorBody>().error).toMatch(/JSON/);
    });

    it('answers a POST body over 1 MB with 413', async () => {
      const payload = JSON.stringify({ query: `{ topics { slug } } # ${'x'.repeat(MAX_BODY_BYTES)}` });
      expect(Buffer.byteLength(payload)).toBeGreaterThan(MAX_BODY_BYTES);
      const response = await inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(413);
    });
  });

  describe('query limits', () => {
    it('refuses a query nested deeper than 10 with QUERY_TOO_DEEP, naming the limit, before any SQL runs', async () => {
      const before = testApp.database.statements.count;
      // federations > edges > node > 7 × parent > name: 11 levels.
      const result = await get(`{ federations(first: 1) { edges { node { ${parentChain(7)} } } } }`);
      expect(testApp.database.statements.count - before).toBe(0);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors ?? [];
      expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 11, limit: 10 });
      expect(error?.message).toMatch(/limit is 10/);
    });

    it('accepts a query exactly 10 levels deep', async () => {
      // federation > 8 × parent > name: 10 levels.
      const result = await get(`{ federation(slug: "vo-college-skane") { ${parentChain(8)} } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ federation: expect.objectContaining({}) });
    });

    it('refuses a too-deep operation as a whole, even when its root fields are nullable', async () => {
      const before = testApp.database.statements.count;
      const result = await get<{ a: unknown; b: unknown }>(
        `{ a: federation(slug: "vo-college-skane") { ${parentChain(9)} } b: federation(slug: "akademi-norr") { name } }`,
      );
      expect(testApp.database.statements.count - before).toBe(0);
      // Rejected before execution: no field, not even the harmless `b`, gets a (null) value or an error of its own.
      expect(result.data).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
    });

    it('refuses an expensive query with QUERY_TOO_COMPLEX, naming the limit, before any SQL runs', async () => {
      const before = testApp.database.statements.count;
      const result = await get(
        '{ municipalities(first: 100) { edges { node { memberships { federation { children { name } } } } } } }',
      );
      expect(testApp.database.statements.count - before).toBe(0);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors ?? [];
      expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(error?.extensions?.limit).toBe(5000);
      expect(error?.extensions?.complexity).toEqual(expect.any(Number));
      expect(Number(error?.extensions?.complexity)).toBeGreaterThan(5000);
      expect(error?.message).toMatch(/limit is 5000/);
    });
  });

  describe('afterwards', () => {
    it('still answers /health with 200', async () => {
      const response = await inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json<{ status: string }>().status).toBe('ok');
    });

    it('still answers a normal query', async () => {
      const result = await get<{ topics: Array<{ slug: string }> }>('{ topics { slug } }');
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data?.topics.length).toBeGreaterThan(0);
      const posted = await post<{ news: { totalCount: number } }>(testApp.app, '{ news(first: 1) { totalCount } }');
      bodies.push(posted.response.body);
      expect(posted.errors).toBeUndefined();
      expect(posted.data?.news.totalCount).toBeGreaterThan(0);
    });

    it('never leaks a stack trace or a source path in any answer of this file', () => {
      expect(bodies.length).toBeGreaterThan(20);
      for (const body of bodies) {
        expect(body).not.toMatch(/stack/i);
        expect(body).not.toMatch(/\bat [^\s"]+ \(/);
        expect(body).not.toMatch(/(?:\\n|\n)\s+at /);
        expect(body).not.toMatch(/\.[jt]s:\d+:\d+/);
        expect(body).not.toMatch(/node_modules|\/work\//);
      }
    });
  });
});
