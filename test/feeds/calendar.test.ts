import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { type Calendar, type CalendarEntry, parseCalendar } from './parsers.js';
import { daysFromNow, insertCourse, insertEvent } from './seed.js';

const PUBLIC_URL = 'https://samverka.example';
const SKANE = 'vo-college-skane';
const HOSTILE_TITLE = `<b>&"'</b>; komma, semikolon`;

describe('iCalendar of events and course sessions', () => {
  let test: TestApp;
  const ids: Record<string, string> = {};
  let sessionIds: string[] = [];

  const get = (url: string) => test.app.inject({ method: 'GET', url });
  const calendar = async (url: string): Promise<Calendar> => {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    return parseCalendar(response.body);
  };
  const entry = (cal: Calendar, uid: string | undefined): CalendarEntry => {
    const found = cal.entries.find((candidate) => candidate.uid === uid);
    if (!found) throw new Error(`no entry ${uid} in ${cal.name}`);
    return found;
  };

  beforeAll(async () => {
    test = await startTestApp({ demo: true }, { publicUrl: PUBLIC_URL });
    const db = test.database.db;
    ids.cancelled = await insertEvent(db, {
      slug: 'installd-konferens',
      federation: SKANE,
      title: 'Inställd konferens',
      startsAt: daysFromNow(10, 8),
      endsAt: daysFromNow(10, 15),
      placeName: 'Stadshuset',
      status: 'cancelled',
    });
    ids.hostile = await insertEvent(db, {
      slug: 'escaping-event',
      federation: SKANE,
      title: HOSTILE_TITLE,
      summary: 'Två rader:\nandra raden, med komma; och semikolon.',
      startsAt: daysFromNow(5, 7),
      endsAt: daysFromNow(5, 11),
      placeName: 'Kulturhuset, sal 2',
      address: 'Storgatan 1, 211 34 Malmö',
      registrationUrl: 'https://example.org/anmalan?event=1&lang=sv',
      municipality: '1280',
      topics: ['rekrytering'],
    });
    ids.noRegistration = await insertEvent(db, {
      slug: 'utan-anmalan',
      federation: SKANE,
      startsAt: daysFromNow(6),
      endsAt: daysFromNow(6, 12),
    });
    ids.longAgo = await insertEvent(db, {
      slug: 'for-langesedan',
      federation: SKANE,
      startsAt: daysFromNow(-200),
      endsAt: daysFromNow(-200, 12),
    });
    ids.recentlyPast = await insertEvent(db, {
      slug: 'nyligen',
      federation: SKANE,
      startsAt: daysFromNow(-20),
      endsAt: daysFromNow(-20, 12),
    });
    ids.draft = await insertEvent(db, {
      slug: 'utkast-evenemang',
      federation: SKANE,
      status: 'draft',
      startsAt: daysFromNow(7),
      endsAt: daysFromNow(7, 12),
    });
    ids.norwegian = await insertEvent(db, {
      slug: 'norsk-samling',
      federation: 'verdighetsenteret',
      language: 'nb',
      startsAt: daysFromNow(8),
      endsAt: daysFromNow(8, 12),
      topics: ['frivillighet'],
    });
    sessionIds = await insertCourse(db, {
      slug: 'kurs-i-tre-steg',
      federation: SKANE,
      title: 'Kurs i tre steg',
      summary: 'Tre tillfällen om handledning.',
      topics: ['utbildning'],
      sessions: [
        { startsAt: daysFromNow(3, 8), endsAt: daysFromNow(3, 12), placeName: 'Lärcentrum' },
        { startsAt: daysFromNow(4, 8), endsAt: daysFromNow(4, 12), placeName: 'Lärcentrum', status: 'cancelled' },
        { startsAt: daysFromNow(9, 8), endsAt: daysFromNow(9, 12), placeName: 'Rådhuset' },
      ],
    });
  });
  afterAll(() => test.close());

  describe('of one federation', () => {
    it('is named after the federation, in its language and time zone', async () => {
      const cal = await calendar(`/calendar/federations/${SKANE}.ics`);
      expect(cal.name).toBe('Vård- och omsorgscollege Skåne – kalender');
      expect(cal.timeZone).toBe('Europe/Stockholm');
      const norwegian = await calendar('/calendar/federations/verdighetsenteret.ics');
      expect(norwegian.name).toBe('Verdighetsenteret – kalender');
      expect(norwegian.timeZone).toBe('Europe/Oslo');
    });

    it('holds its published events and course sessions from 90 days back on, in date order', async () => {
      const cal = await calendar(`/calendar/federations/${SKANE}.ics`);
      const uids = cal.entries.map((candidate) => candidate.uid);
      expect(uids).toEqual(expect.arrayContaining([ids.cancelled, ids.hostile, ids.recentlyPast, ...sessionIds]));
      expect(uids).not.toContain(ids.longAgo);
      expect(uids).not.toContain(ids.draft);
      expect(uids).not.toContain(ids.norwegian);
      expect(new Set(uids).size).toBe(uids.length);
      const starts = cal.entries.map((candidate) => candidate.start.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('writes an event’s times in UTC, its summary, place, registration link and topics', async () => {
      const response = await get(`/calendar/federations/${SKANE}.ics`);
      const event = entry(parseCalendar(response.body), ids.hostile);
      expect(event.start).toEqual(daysFromNow(5, 7));
      expect(event.end).toEqual(daysFromNow(5, 11));
      expect(event.startIsUtc && event.endIsUtc).toBe(true);
      expect(event.summary).toBe(HOSTILE_TITLE);
      expect(event.description).toBe('Två rader:\nandra raden, med komma; och semikolon.');
      expect(event.location).toBe('Kulturhuset, sal 2\nStorgatan 1, 211 34 Malmö');
      expect(event.url).toBe('https://example.org/anmalan?event=1&lang=sv');
      expect(event.status).toBe('CONFIRMED');
      expect(event.categories).toEqual(['Rekrytering']);
      for (const line of response.body.split('\r\n').filter((text) => /^DT(START|END)/.test(text))) {
        expect(line).toMatch(/^DT(START|END):\d{8}T\d{6}Z$/);
      }
    });

    it('marks a cancelled event CANCELLED and links an event without registration to the hub', async () => {
      const cal = await calendar(`/calendar/federations/${SKANE}.ics`);
      expect(entry(cal, ids.cancelled).status).toBe('CANCELLED');
      expect(entry(cal, ids.noRegistration).url).toBe(`${PUBLIC_URL}/events/utan-anmalan`);
    });

    it('writes each course session as the course’s title and the session’s place in it', async () => {
      const cal = await calendar(`/calendar/federations/${SKANE}.ics`);
      const [first, second, third] = sessionIds.map((id) => entry(cal, id));
      expect(first?.summary).toBe('Kurs i tre steg – tillfälle 1 av 3');
      expect(second?.summary).toBe('Kurs i tre steg – tillfälle 2 av 3');
      expect(third?.summary).toBe('Kurs i tre steg – tillfälle 3 av 3');
      expect(first?.location).toBe('Lärcentrum');
      expect(third?.location).toBe('Rådhuset');
      expect(first?.description).toBe('Tre tillfällen om handledning.');
      expect(first?.url).toBe(`${PUBLIC_URL}/courses/kurs-i-tre-steg`);
      expect(first?.start).toEqual(daysFromNow(3, 8));
      expect(first?.status).toBe('CONFIRMED');
      expect(second?.status).toBe('CANCELLED');
    });

    it('keeps the same UIDs from one request to the next', async () => {
      const first = await get(`/calendar/federations/${SKANE}.ics`);
      const second = await get(`/calendar/federations/${SKANE}.ics`);
      expect(second.body).toBe(first.body);
    });

    it('takes the filters: a municipality, topics, a language and a limit', async () => {
      const malmo = await calendar(`/calendar/federations/${SKANE}.ics?municipality=1280`);
      const inMalmo = malmo.entries.map((candidate) => candidate.uid);
      expect(inMalmo).toContain(ids.hostile);
      for (const elsewhere of [ids.cancelled, ids.noRegistration, ...sessionIds])
        expect(inMalmo).not.toContain(elsewhere);
      const training = await calendar(`/calendar/federations/${SKANE}.ics?topics=utbildning`);
      const inTraining = training.entries.map((candidate) => candidate.uid);
      expect(inTraining).toEqual(expect.arrayContaining(sessionIds));
      expect(inTraining).not.toContain(ids.hostile);
      expect(inTraining).not.toContain(ids.cancelled);
      const english = await calendar(`/calendar/federations/${SKANE}.ics?language=en`);
      expect(english.entries).toEqual([]);
      const two = await calendar(`/calendar/federations/${SKANE}.ics?limit=2`);
      const all = await calendar(`/calendar/federations/${SKANE}.ics`);
      expect(two.entries.map((candidate) => candidate.uid)).toEqual(all.entries.slice(0, 2).map((e) => e.uid));
      const elsewhere = await calendar(`/calendar/federations/${SKANE}.ics?federations=akademi-norr`);
      expect(elsewhere.entries).toEqual([]);
    });
  });

  describe('of the whole hub', () => {
    it('holds every federation’s events and sessions, named for the hub without a time zone', async () => {
      const cal = await calendar('/calendar/events.ics');
      expect(cal.name).toBe('Samverka – kalender');
      expect(cal.timeZone).toBe('');
      const uids = cal.entries.map((candidate) => candidate.uid);
      expect(uids).toEqual(expect.arrayContaining([ids.hostile, ids.norwegian, ...sessionIds]));
      expect(uids).not.toContain(ids.draft);
    });

    it('takes the filters as the listings do', async () => {
      const norwegian = await calendar('/calendar/events.ics?language=nb');
      expect(norwegian.name).toBe('Samverka – kalender');
      expect(norwegian.entries.map((candidate) => candidate.uid)).toContain(ids.norwegian);
      expect(norwegian.entries.map((candidate) => candidate.uid)).not.toContain(ids.hostile);
      const volunteering = await calendar('/calendar/events.ics?topics=frivillighet&federations=verdighetsenteret');
      expect(volunteering.entries.map((candidate) => candidate.uid)).toContain(ids.norwegian);
      expect(volunteering.entries.map((candidate) => candidate.uid)).not.toContain(ids.hostile);
      const one = await calendar('/calendar/events.ics?limit=1');
      expect(one.entries).toHaveLength(1);
    });

    it('names Norwegian course sessions in Bokmål', async () => {
      const cal = await calendar('/calendar/federations/verdighetsenteret.ics');
      const sessions = cal.entries.filter((candidate) => / – samling \d+ av \d+$/.test(candidate.summary));
      expect(sessions.length).toBeGreaterThan(0);
    });
  });
});
