import { demoData } from '@samverka/db/seed/demo/index';
import type { DemoEvent, DemoInitiative } from '@samverka/db/seed/demo/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { queryData } from '../support/graphql.js';

interface EventFilter {
  federations?: string[];
  municipality?: string;
  topics?: string[];
  endsAfter?: string;
  startsBefore?: string;
  search?: string;
}

interface EventNode {
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  placeName: string | null;
  registrationUrl: string | null;
  language: string;
  cancelled: boolean;
  organiser: { slug: string };
  municipality: { code: string; name: string } | null;
  topics: Array<{ slug: string }>;
  contact: { name: string } | null;
}

interface ContactNode {
  name: string;
  title: string;
  email: string | null;
  phone: string | null;
  language: string;
  federation: { slug: string } | null;
}

interface InitiativeNode {
  slug: string;
  title: string;
  funding: string | null;
  startsOn: string | null;
  endsOn: string | null;
  participantGoal: number | null;
  participantsReached: number | null;
  language: string;
  lead: { slug: string };
  federations: Array<{ slug: string }>;
  municipalities: Array<{ code: string; country: string }>;
}

interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  edges: Array<{ node: Node }>;
}

const EVENT_FIELDS = `slug title startsAt endsAt placeName registrationUrl language cancelled
  organiser { slug } municipality { code name } topics { slug } contact { name }`;
const CONTACT_FIELDS = 'name title email phone language federation { slug }';
const INITIATIVE_FIELDS = `slug title funding startsOn endsOn participantGoal participantsReached language
  lead { slug } federations { slug } municipalities { code country }`;

const iso = (value: string) => new Date(value).toISOString();
const soonestFirst = (events: DemoEvent[]) =>
  [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)).map((event) => event.slug);
const newestFirst = (initiatives: DemoInitiative[]) =>
  [...initiatives]
    .sort((a, b) => Date.parse(b.startsOn ?? '') - Date.parse(a.startsOn ?? ''))
    .map((initiative) => initiative.slug);
const contactName = (key: string | undefined) => demoData.contacts.find((contact) => contact.key === key)?.name;

describe('events, contacts and initiatives', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  async function listEvents(filter?: EventFilter): Promise<Connection<EventNode>> {
    const data = await queryData<{ events: Connection<EventNode> }>(
      testApp.app,
      `query Events($filter: EventFilter) {
        events(first: 50, filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { ${EVENT_FIELDS} } } }
      }`,
      filter ? { filter } : undefined,
    );
    expect(data.events.pageInfo.hasNextPage).toBe(false);
    expect(data.events.edges).toHaveLength(data.events.totalCount);
    return data.events;
  }
  const eventSlugs = async (filter?: EventFilter) => (await listEvents(filter)).edges.map((edge) => edge.node.slug);

  describe('events', () => {
    it('lists every published event, soonest first', async () => {
      const events = await listEvents();
      expect(events.totalCount).toBe(demoData.events.length);
      expect(events.edges.map((edge) => edge.node.slug)).toEqual(soonestFirst(demoData.events));
      const starts = events.edges.map((edge) => Date.parse(edge.node.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('filters by organiser slugs', async () => {
      const expected = demoData.events.filter((event) => event.federationSlug === 'goteborgsregionen');
      expect(expected.length).toBeGreaterThan(1);
      const events = await listEvents({ federations: ['goteborgsregionen'] });
      expect(events.edges.map((edge) => edge.node.slug)).toEqual(soonestFirst(expected));
      for (const { node } of events.edges) expect(node.organiser.slug).toBe('goteborgsregionen');

      const two = demoData.events.filter((event) =>
        ['akademi-norr', 'verdighetsenteret'].includes(event.federationSlug),
      );
      expect(await eventSlugs({ federations: ['akademi-norr', 'verdighetsenteret'] })).toEqual(soonestFirst(two));
    });

    it('filters by municipality: Hässleholm (1293) has the dissemination conference on 2023-12-14', async () => {
      const events = await listEvents({ municipality: '1293' });
      expect(events.edges.map((edge) => edge.node.slug)).toEqual(['spridningskonferens-hassleholm-2023']);
      const [conference] = events.edges;
      expect(conference?.node.municipality).toEqual({ code: '1293', name: 'Hässleholm' });
      expect(conference?.node.startsAt.slice(0, 10)).toBe('2023-12-14');
      expect(iso(conference?.node.startsAt ?? '')).toBe(iso('2023-12-14T09:00:00+01:00'));

      // A municipality with no events gives an empty list, not an error.
      expect(await eventSlugs({ municipality: '1262' })).toEqual([]);
    });

    it('with endsAfter now, lists only upcoming events, soonest first', async () => {
      const now = new Date();
      const expected = demoData.events.filter((event) => Date.parse(event.endsAt) >= now.getTime());
      const past = demoData.events.filter((event) => Date.parse(event.endsAt) < now.getTime());
      expect(past.length).toBeGreaterThan(0);
      const events = await listEvents({ endsAfter: now.toISOString() });
      expect(events.edges.map((edge) => edge.node.slug)).toEqual(soonestFirst(expected));
      for (const { node } of events.edges) expect(Date.parse(node.endsAt)).toBeGreaterThanOrEqual(now.getTime());
    });

    it('filters by topic slugs, matching an event with any of them', async () => {
      const volunteering = demoData.events.filter((event) => event.topics.includes('frivillighet'));
      expect(await eventSlugs({ topics: ['frivillighet'] })).toEqual(soonestFirst(volunteering));

      const either = demoData.events.filter(
        (event) => event.topics.includes('digitalisering') || event.topics.includes('socialtjanst'),
      );
      expect(either.length).toBeGreaterThan(1);
      expect(await eventSlugs({ topics: ['digitalisering', 'socialtjanst'] })).toEqual(soonestFirst(either));
    });

    it('finds events by words in their text', async () => {
      expect(await eventSlugs({ search: 'Yrkesresan' })).toEqual(['yrkesresan-erfarenhetsdag-2024']);
      expect(await eventSlugs({ search: 'HälsoAgenter' })).toEqual([
        'spridningskonferens-hassleholm-2023',
        'inspirationstraff-halsoagenter-2027',
      ]);
      expect(await eventSlugs({ search: 'frivillighet' })).toEqual(['frivillighetskonferansen-2027']);
    });

    it('event(slug) returns the event with organiser, place, topics and contact', async () => {
      const expected = demoData.events.find((event) => event.slug === 'spridningskonferens-hassleholm-2023');
      if (!expected) throw new Error('missing demo event');
      const data = await queryData<{ event: EventNode | null }>(
        testApp.app,
        `query Event($slug: String!) { event(slug: $slug) { ${EVENT_FIELDS} } }`,
        { slug: expected.slug },
      );
      expect(data.event).toMatchObject({
        slug: expected.slug,
        title: expected.title,
        placeName: null,
        registrationUrl: expected.registrationUrl,
        language: 'sv',
        cancelled: false,
        organiser: { slug: 'vo-college-skane' },
        municipality: { code: '1293', name: 'Hässleholm' },
        contact: { name: contactName(expected.contactKey) },
      });
      expect(iso(data.event?.startsAt ?? '')).toBe(iso(expected.startsAt));
      expect(iso(data.event?.endsAt ?? '')).toBe(iso(expected.endsAt));
      expect(data.event?.topics.map((topic) => topic.slug).sort()).toEqual([...expected.topics].sort());
    });

    it('event(slug) is null for a slug that does not exist', async () => {
      const data = await queryData<{ event: EventNode | null }>(
        testApp.app,
        '{ event(slug: "inget-sadant") { slug } }',
      );
      expect(data.event).toBeNull();
    });
  });

  describe('contacts', () => {
    async function listContacts(federations?: string[]): Promise<Connection<ContactNode>> {
      const data = await queryData<{ contacts: Connection<ContactNode> }>(
        testApp.app,
        `query Contacts($filter: ContactFilter) {
          contacts(first: 50, filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { ${CONTACT_FIELDS} } } }
        }`,
        federations ? { filter: { federations } } : undefined,
      );
      return data.contacts;
    }

    it('lists every active contact', async () => {
      const contacts = await listContacts();
      expect(contacts.totalCount).toBe(demoData.contacts.length);
      expect(contacts.edges.map((edge) => edge.node.name).sort()).toEqual(
        demoData.contacts.map((contact) => contact.name).sort(),
      );
    });

    it('filters by federation, by name, with email, phone and title', async () => {
      const expected = demoData.contacts
        .filter((contact) => contact.federationSlug === 'verdighetsenteret')
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      const contacts = await listContacts(['verdighetsenteret']);
      expect(contacts.totalCount).toBe(expected.length);
      expect(contacts.edges.map((edge) => edge.node)).toEqual(
        expected.map((contact) => ({
          name: contact.name,
          title: contact.roleTitle,
          email: contact.email ?? null,
          phone: contact.phone ?? null,
          language: contact.language,
          federation: { slug: 'verdighetsenteret' },
        })),
      );
      // The day course's contact publishes no phone number.
      expect(contacts.edges.find((edge) => edge.node.name === 'Sigrid Aasen')?.node).toMatchObject({
        title: 'Fagutvikler',
        email: 'kurs@verdighetsenteret.example',
        phone: null,
      });
    });

    it('matches any of several federations', async () => {
      const slugs = ['akademi-norr', 'vard-och-omsorgscollege'];
      const expected = demoData.contacts.filter((contact) => slugs.includes(contact.federationSlug ?? ''));
      const contacts = await listContacts(slugs);
      expect(contacts.totalCount).toBe(expected.length);
      expect(contacts.edges.map((edge) => edge.node.name).sort()).toEqual(expected.map((c) => c.name).sort());
      for (const { node } of contacts.edges) expect(slugs).toContain(node.federation?.slug);
    });
  });

  describe('initiatives', () => {
    async function listInitiatives(filter?: {
      federations?: string[];
      municipality?: string;
      search?: string;
    }): Promise<string[]> {
      const data = await queryData<{ initiatives: Connection<{ slug: string }> }>(
        testApp.app,
        `query Initiatives($filter: InitiativeFilter) {
          initiatives(first: 50, filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { slug } } }
        }`,
        filter ? { filter } : undefined,
      );
      expect(data.initiatives.edges).toHaveLength(data.initiatives.totalCount);
      return data.initiatives.edges.map((edge) => edge.node.slug);
    }

    it('"Välfärdsteknologi i omsorgen": goal 400, 1000 reached, 12 municipalities, ESF funding and its dates', async () => {
      const data = await queryData<{ initiative: InitiativeNode | null }>(
        testApp.app,
        `{ initiative(slug: "valfardsteknologi-i-omsorgen") { ${INITIATIVE_FIELDS} } }`,
      );
      const initiative = data.initiative;
      expect(initiative).toMatchObject({
        title: 'Välfärdsteknologi i omsorgen',
        participantGoal: 400,
        participantsReached: 1000,
        funding: 'Europeiska socialfonden',
        startsOn: '2020-01-01',
        endsOn: '2022-12-31',
        language: 'sv',
        lead: { slug: 'akademi-norr' },
        federations: [{ slug: 'akademi-norr' }],
      });
      expect(initiative?.municipalities).toHaveLength(12);
      const expected = demoData.initiatives.find((candidate) => candidate.slug === 'valfardsteknologi-i-omsorgen');
      expect(initiative?.municipalities.map((m) => `${m.country}-${m.code}`).sort()).toEqual(
        expected?.municipalities.map((m) => `${m.country}-${m.code}`).sort(),
      );
    });

    it('initiative(slug) is null for a slug that does not exist', async () => {
      const data = await queryData<{ initiative: InitiativeNode | null }>(
        testApp.app,
        '{ initiative(slug: "inget-sadant") { slug } }',
      );
      expect(data.initiative).toBeNull();
    });

    it('lists every published initiative, newest first', async () => {
      expect(await listInitiatives()).toEqual(newestFirst(demoData.initiatives));
    });

    it('filters by a municipality taking part', async () => {
      const takesPart = (code: string) =>
        newestFirst(
          demoData.initiatives.filter((initiative) =>
            initiative.municipalities.some((ref) => ref.country === 'SE' && ref.code === code),
          ),
        );
      // Arjeplog is one of the twelve inland municipalities.
      expect(await listInitiatives({ municipality: '2506' })).toEqual(['valfardsteknologi-i-omsorgen']);
      expect(await listInitiatives({ municipality: '2506' })).toEqual(takesPart('2506'));
      expect(await listInitiatives({ municipality: '1280' })).toEqual(takesPart('1280'));
      expect(await listInitiatives({ municipality: '1262' })).toEqual([]);
    });

    it('filters by federations that lead or take part', async () => {
      const involving = (slug: string) =>
        newestFirst(
          demoData.initiatives.filter(
            (initiative) => initiative.federationSlug === slug || initiative.partnerFederationSlugs.includes(slug),
          ),
        );
      expect(await listInitiatives({ federations: ['akademi-norr'] })).toEqual(['valfardsteknologi-i-omsorgen']);
      // The national VO-College only takes part, it leads nothing.
      expect(await listInitiatives({ federations: ['vard-och-omsorgscollege'] })).toEqual(
        involving('vard-och-omsorgscollege'),
      );
      expect(involving('vard-och-omsorgscollege')).toEqual(['halsoagenter-i-skane']);
      expect(await listInitiatives({ federations: ['akademi-norr', 'verdighetsenteret'] })).toEqual(
        newestFirst(
          demoData.initiatives.filter((i) => ['akademi-norr', 'verdighetsenteret'].includes(i.federationSlug)),
        ),
      );
    });
  });
});
