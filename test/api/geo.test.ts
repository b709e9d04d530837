import type { FederationMap } from '@samverka/server/geo/federation-map';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

const header = (response: LightMyRequestResponse, name: string): string => String(response.headers[name] ?? '');
/** Absolute moves and lines in whole units, closed rings: what the widget's SVG draws. */
const PATH_DATA = /^(M-?\d+,-?\d+(L-?\d+,-?\d+){2,}Z)+$/;

describe('GET /geo/federations/{slug}.json', () => {
  let test: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => test.app.inject({ method: 'GET', url, headers });
  const mapOf = async (slug: string): Promise<FederationMap> => {
    const response = await get(`/geo/federations/${slug}.json`);
    expect(response.statusCode).toBe(200);
    return response.json<FederationMap>();
  };

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('draws every municipality of Skåne, with the 30 members marked', async () => {
    const map = await mapOf('vo-college-skane');
    expect(map.federation).toEqual({
      slug: 'vo-college-skane',
      name: 'Vård- och omsorgscollege Skåne',
      regionName: 'Skåne',
    });
    expect(map.viewBox).toMatch(/^-?\d+ -?\d+ \d+ \d+$/);
    const [, , width, height] = map.viewBox.split(' ').map(Number);
    expect(Math.max(width ?? 0, height ?? 0)).toBeLessThanOrEqual(1001);
    expect(map.municipalityCount).toBe(33);
    expect(map.municipalities).toHaveLength(33);
    expect(map.memberCount).toBe(30);
    for (const municipality of map.municipalities) {
      expect(municipality.country).toBe('SE');
      expect(municipality.code).toMatch(/^12\d\d$/);
      expect(municipality.d).toMatch(PATH_DATA);
    }
    const byCode = new Map(map.municipalities.map((municipality) => [municipality.code, municipality]));
    expect(byCode.get('1262')).toMatchObject({ name: 'Lomma', member: true });
    expect(byCode.get('1233')).toMatchObject({ name: 'Vellinge', member: false });
    expect(map.municipalities.filter((municipality) => !municipality.member).map((m) => m.code)).toEqual(
      expect.arrayContaining(['1233', '1256', '1278']),
    );
    expect(map.attributions).toEqual(['Kommungränser: Valmyndigheten, via okfse/sweden-geojson']);
  });

  it('orders municipalities by name as the federation’s language does (Å before Ä before Ö)', async () => {
    const names = (await mapOf('vo-college-skane')).municipalities.map((municipality) => municipality.name);
    expect(names.indexOf('Åstorp')).toBeLessThan(names.indexOf('Ängelholm'));
    expect(names.indexOf('Ängelholm')).toBeLessThan(names.indexOf('Örkelljunga'));
  });

  it('takes the region of a federation that names no counties from the counties its members lie in', async () => {
    const map = await mapOf('goteborgsregionen');
    const { count } = await test.database.db
      .selectFrom('municipalities')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('country', '=', 'SE')
      .where('county_code', 'in', ['13', '14'])
      .executeTakeFirstOrThrow();
    expect(map.municipalityCount).toBe(Number(count));
    expect(map.memberCount).toBe(13);
    expect(map.municipalities.find((municipality) => municipality.code === '1384')).toMatchObject({
      name: 'Kungsbacka',
      member: true,
    });
  });

  it('credits Kartverket on a Norwegian map and stays small', async () => {
    const response = await get('/geo/federations/verdighetsenteret.json');
    const map = response.json<FederationMap>();
    expect(map.attributions).toEqual(['Kommunegrenser © Kartverket (CC BY 4.0)']);
    // It names no counties as its region, so the map is of its members' counties, not of "Norge".
    expect(map.federation.regionName).toBeNull();
    expect(map.memberCount).toBe(4);
    expect(map.municipalities.every((municipality) => municipality.country === 'NO')).toBe(true);
    expect(map.municipalities.every((municipality) => PATH_DATA.test(municipality.d))).toBe(true);
    // Four large Norwegian counties, the biggest demo region: still well under 64 KB before compression.
    expect(response.rawPayload.length).toBeLessThan(64 * 1024);
  });

  it('answers a federation with no members and no region with an empty map', async () => {
    const map = await mapOf('vard-och-omsorgscollege');
    expect(map).toMatchObject({ memberCount: 0, municipalityCount: 0, municipalities: [], attributions: [] });
  });

  it('is public and cacheable, and answers its ETag with a 304', async () => {
    const first = await get('/geo/federations/akademi-norr.json');
    expect(header(first, 'content-type')).toBe('application/json; charset=utf-8');
    expect(header(first, 'cache-control')).toBe('public, max-age=300, stale-while-revalidate=3600');
    expect(header(first, 'access-control-allow-origin')).toBe('*');
    expect(header(first, 'etag')).toMatch(/^"[^"]+"$/);
    const again = await get('/geo/federations/akademi-norr.json', { 'if-none-match': header(first, 'etag') });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('shows a membership that ended as no longer a member, under a new ETag', async () => {
    const before = await get('/geo/federations/vo-college-skane.json');
    await sql`
      UPDATE memberships SET left_on = current_date - 1
      WHERE municipality_id = (SELECT id FROM municipalities WHERE country = 'SE' AND code = '1262')
        AND federation_id = (SELECT id FROM federations WHERE slug = 'vo-college-skane')`.execute(test.database.db);
    const after = await get('/geo/federations/vo-college-skane.json', { 'if-none-match': header(before, 'etag') });
    expect(after.statusCode).toBe(200);
    const map = after.json<FederationMap>();
    expect(map.memberCount).toBe(29);
    expect(map.municipalityCount).toBe(33);
    expect(map.municipalities.find((municipality) => municipality.code === '1262')?.member).toBe(false);
  });

  it.each(['no-such-federation', 'Not_A_Slug'])('answers an unknown slug (%s) with a 404 naming it', async (slug) => {
    const response = await get(`/geo/federations/${slug}.json`);
    expect(response.statusCode).toBe(404);
    expect(header(response, 'cache-control')).toBe('no-store');
    expect(response.json()).toEqual({ code: 'NOT_FOUND', error: `There is no federation with the slug "${slug}".` });
  });
});
