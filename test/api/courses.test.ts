import { demoData } from '@samverka/db/seed/demo/index';
import type { DemoCourse } from '@samverka/db/seed/demo/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { queryData } from '../support/graphql.js';

type CourseFormat = 'DIGITAL' | 'ON_SITE' | 'BLENDED' | 'SELF_PACED';

interface CourseFilter {
  providers?: string[];
  format?: CourseFormat;
  audience?: string;
  topics?: string[];
  openTo?: string;
  upcoming?: boolean;
  search?: string;
}

interface SessionNode {
  startsAt: string;
  endsAt: string;
}

interface CourseList {
  courses: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    edges: Array<{ node: { slug: string; title: string } }>;
  };
}

interface CourseDetail {
  slug: string;
  title: string;
  format: CourseFormat;
  language: string;
  targetAudiences: string[];
  learningGoals: string[];
  provider: { slug: string };
  contact: { name: string } | null;
  topics: Array<{ slug: string }>;
  openTo: Array<{ code: string; country: string }>;
  prerequisites: Array<{ slug: string }>;
  credits: Array<{ body: string; hours: number; note: string | null }>;
  price: { amount: number; currency: string } | null;
  sessions: SessionNode[];
  upcomingSessions: SessionNode[];
}

const COURSE_FIELDS = `
  slug title format language targetAudiences learningGoals
  provider { slug }
  contact { name }
  topics { slug }
  openTo { code country }
  prerequisites { slug }
  credits { body hours note }
  price { amount currency }
  sessions { startsAt endsAt }
  upcomingSessions: sessions(upcoming: true) { startsAt endsAt }
`;

const LIST_COURSES = `query Courses($filter: CourseFilter) {
  courses(first: 100, filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { slug title } } }
}`;

const courses = demoData.courses;
const iso = (value: string) => new Date(value).toISOString();
const slugsOf = (list: DemoCourse[]) => list.map((course) => course.slug).sort();
const demoCourse = (slug: string): DemoCourse => {
  const course = courses.find((candidate) => candidate.slug === slug);
  if (!course) throw new Error(`No demo course ${slug}`);
  return course;
};
const contactName = (key: string | undefined) => demoData.contacts.find((contact) => contact.key === key)?.name;

describe('courses', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  async function listCourses(filter?: CourseFilter): Promise<{ slugs: string[]; totalCount: number }> {
    const data = await queryData<CourseList>(testApp.app, LIST_COURSES, filter ? { filter } : undefined);
    expect(data.courses.pageInfo.hasNextPage).toBe(false);
    expect(data.courses.edges).toHaveLength(data.courses.totalCount);
    return { slugs: data.courses.edges.map((edge) => edge.node.slug).sort(), totalCount: data.courses.totalCount };
  }

  async function courseBySlug(slug: string): Promise<CourseDetail | null> {
    const data = await queryData<{ course: CourseDetail | null }>(
      testApp.app,
      `query Course($slug: String!) { course(slug: $slug) { ${COURSE_FIELDS} } }`,
      { slug },
    );
    return data.course;
  }

  describe('listing and filters', () => {
    it('lists every published demo course, ordered by title', async () => {
      const data = await queryData<CourseList>(testApp.app, LIST_COURSES);
      const titles = data.courses.edges.map((edge) => edge.node.title);
      expect(data.courses.totalCount).toBe(courses.length);
      expect(titles).toEqual(courses.map((course) => course.title).sort());
    });

    it('filters by provider slugs, matching any of them', async () => {
      const akademiNorr = courses.filter((course) => course.federationSlug === 'akademi-norr');
      expect(akademiNorr.length).toBeGreaterThan(0);
      expect(await listCourses({ providers: ['akademi-norr'] })).toEqual({
        slugs: slugsOf(akademiNorr),
        totalCount: akademiNorr.length,
      });

      const two = courses.filter((course) => ['akademi-norr', 'goteborgsregionen'].includes(course.federationSlug));
      expect((await listCourses({ providers: ['akademi-norr', 'goteborgsregionen'] })).slugs).toEqual(slugsOf(two));
    });

    it.each<[CourseFormat, DemoCourse['format']]>([
      ['SELF_PACED', 'self_paced'],
      ['ON_SITE', 'on_site'],
      ['DIGITAL', 'digital'],
      ['BLENDED', 'blended'],
    ])('filters by format %s', async (format, stored) => {
      const expected = courses.filter((course) => course.format === stored);
      expect(expected.length).toBeGreaterThan(0);
      expect((await listCourses({ format })).slugs).toEqual(slugsOf(expected));
    });

    it('filters by a target audience written exactly as the provider lists it', async () => {
      const audience = 'Personliga assistenter';
      const expected = courses.filter((course) => course.targetAudiences.includes(audience));
      expect(expected.length).toBeGreaterThan(1);
      expect((await listCourses({ audience })).slugs).toEqual(slugsOf(expected));

      // Only the whole audience matches, not a part of it.
      expect((await listCourses({ audience: 'Personliga' })).totalCount).toBe(0);
    });

    it('filters by topic slugs, matching a course with any of them', async () => {
      const volunteering = courses.filter((course) => course.topics.includes('frivillighet'));
      expect(volunteering.map((course) => course.slug).sort()).toEqual([
        'dagskurs-samspillsmodellen',
        'frivilligkoordinator-i-eldreomsorgen',
      ]);
      expect((await listCourses({ topics: ['frivillighet'] })).slugs).toEqual(slugsOf(volunteering));

      const either = courses.filter(
        (course) => course.topics.includes('valfardsteknologi') || course.topics.includes('ledarskap'),
      );
      expect((await listCourses({ topics: ['valfardsteknologi', 'ledarskap'] })).slugs).toEqual(slugsOf(either));
    });

    it('with openTo, includes courses restricted to that municipality and those open to all', async () => {
      const akademiNorrCourse = demoCourse('dokumentera-sakert');
      const inside = akademiNorrCourse.openTo[0];
      if (!inside) throw new Error('The Akademi Norr course should be restricted');
      const openToAll = courses.filter((course) => course.openTo.length === 0);
      expect(openToAll.length).toBeGreaterThan(0);

      const expected = courses.filter(
        (course) =>
          course.openTo.length === 0 ||
          course.openTo.some((ref) => ref.country === inside.country && ref.code === inside.code),
      );
      const { slugs } = await listCourses({ openTo: inside.code });
      expect(slugs).toEqual(slugsOf(expected));
      expect(slugs).toContain(akademiNorrCourse.slug);
      for (const course of openToAll) expect(slugs).toContain(course.slug);
    });

    it('with openTo, leaves out courses restricted to other municipalities', async () => {
      // Lomma (1262) is in VO-College Skåne but not among Akademi Norr's inland municipalities.
      const outside = '1262';
      const akademiNorr = courses.filter((course) => course.federationSlug === 'akademi-norr');
      for (const course of akademiNorr) expect(course.openTo.map((ref) => ref.code)).not.toContain(outside);

      const expected = courses.filter(
        (course) => course.openTo.length === 0 || course.openTo.some((ref) => ref.code === outside),
      );
      const { slugs } = await listCourses({ openTo: outside });
      expect(slugs).toEqual(slugsOf(expected));
      for (const course of akademiNorr) expect(slugs).not.toContain(course.slug);
      expect(slugs).toContain('dagskurs-samspillsmodellen');
    });

    it('with upcoming, keeps courses with a session yet to end, and self-paced ones', async () => {
      const now = Date.now();
      const expected = courses.filter(
        (course) =>
          course.format === 'self_paced' || course.sessions.some((session) => Date.parse(session.endsAt) >= now),
      );
      const data = await queryData<{
        courses: {
          totalCount: number;
          edges: Array<{ node: { slug: string; format: CourseFormat; sessions: SessionNode[] } }>;
        };
      }>(
        testApp.app,
        `{ courses(first: 100, filter: { upcoming: true }) {
          totalCount edges { node { slug format sessions(upcoming: true) { startsAt endsAt } } } } }`,
      );
      expect(data.courses.edges.map((edge) => edge.node.slug).sort()).toEqual(slugsOf(expected));
      for (const { node } of data.courses.edges) {
        if (node.format !== 'SELF_PACED') expect(node.sessions.length, node.slug).toBeGreaterThan(0);
      }
      // Without the filter nothing is left out.
      expect((await listCourses({ upcoming: false })).totalCount).toBe(courses.length);
    });

    it('finds courses by words in their text, in Swedish and Norwegian', async () => {
      expect((await listCourses({ search: 'HälsoAgenter' })).slugs).toEqual(['ambassadorsutbildning-modul-5']);
      expect((await listCourses({ search: 'frivillige' })).slugs).toEqual([
        'dagskurs-samspillsmodellen',
        'frivilligkoordinator-i-eldreomsorgen',
      ]);
    });

    it('combines filters', async () => {
      const expected = courses.filter(
        (course) => course.federationSlug === 'vo-college-skane' && course.topics.includes('barn-och-unga'),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect((await listCourses({ providers: ['vo-college-skane'], topics: ['barn-och-unga'] })).slugs).toEqual(
        slugsOf(expected),
      );
      expect((await listCourses({ providers: ['verdighetsenteret'], format: 'SELF_PACED' })).totalCount).toBe(0);
    });
  });

  describe('course(slug)', () => {
    it('returns the course with its provider, audiences, goals, topics and contact', async () => {
      const expected = demoCourse('ambassadorsutbildning-modul-5');
      const course = await courseBySlug(expected.slug);
      expect(course).toMatchObject({
        slug: expected.slug,
        title: expected.title,
        format: 'ON_SITE',
        language: expected.language,
        targetAudiences: expected.targetAudiences,
        learningGoals: expected.learningGoals,
        provider: { slug: 'vo-college-skane' },
        contact: { name: contactName(expected.contactKey) },
      });
      expect(course?.topics.map((topic) => topic.slug).sort()).toEqual([...expected.topics].sort());
    });

    it('is null for a slug that does not exist', async () => {
      expect(await courseBySlug('ingen-sadan-kurs')).toBeNull();
    });

    it('lists openTo municipalities for a restricted course, and none for a course open to all', async () => {
      const restricted = demoCourse('dokumentera-sakert');
      const course = await courseBySlug(restricted.slug);
      expect(course?.openTo).toHaveLength(12);
      expect(course?.openTo.map((municipality) => municipality.code).sort()).toEqual(
        restricted.openTo.map((ref) => ref.code).sort(),
      );

      expect((await courseBySlug('dagskurs-samspillsmodellen'))?.openTo).toEqual([]);
    });
  });

  describe('sessions', () => {
    it('lists all sessions in date order, and with upcoming only those that have not ended', async () => {
      const now = Date.now();
      const data = await queryData<{
        courses: { edges: Array<{ node: Pick<CourseDetail, 'slug' | 'sessions' | 'upcomingSessions'> }> };
      }>(
        testApp.app,
        `{ courses(first: 20) { edges { node {
          slug sessions { startsAt endsAt } upcomingSessions: sessions(upcoming: true) { startsAt endsAt } } } } }`,
      );
      expect(data.courses.edges).toHaveLength(courses.length);
      for (const { node } of data.courses.edges) {
        const sessions = [...demoCourse(node.slug).sessions].sort(
          (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
        );
        const expectedAll = sessions.map((session) => ({
          startsAt: iso(session.startsAt),
          endsAt: iso(session.endsAt),
        }));
        const expectedUpcoming = expectedAll.filter((session) => Date.parse(session.endsAt) >= now);
        const normalise = (list: SessionNode[]) =>
          list.map((session) => ({ startsAt: iso(session.startsAt), endsAt: iso(session.endsAt) }));
        expect(normalise(node.sessions), node.slug).toEqual(expectedAll);
        expect(normalise(node.upcomingSessions), node.slug).toEqual(expectedUpcoming);
      }
    });

    it('leaves past sessions out of the Verdighetsenteret day course when asked for upcoming ones', async () => {
      const course = await courseBySlug('dagskurs-samspillsmodellen');
      expect(course?.sessions).toHaveLength(3);
      const upcoming = course?.upcomingSessions ?? [];
      const notEnded = demoCourse('dagskurs-samspillsmodellen').sessions.filter(
        (session) => Date.parse(session.endsAt) >= Date.now(),
      );
      expect(upcoming).toHaveLength(notEnded.length);
      expect(upcoming.length).toBeLessThan(3);
      const now = Date.now();
      for (const session of upcoming) expect(Date.parse(session.endsAt)).toBeGreaterThanOrEqual(now);
      const starts = upcoming.map((session) => Date.parse(session.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });
  });

  describe('prerequisites, credits and price', () => {
    it('Modul 5 requires modules 1–4', async () => {
      const course = await courseBySlug('ambassadorsutbildning-modul-5');
      expect(course?.prerequisites.map((prerequisite) => prerequisite.slug).sort()).toEqual([
        'ambassadorsutbildning-modul-1',
        'ambassadorsutbildning-modul-2',
        'ambassadorsutbildning-modul-3',
        'ambassadorsutbildning-modul-4',
      ]);
    });

    it('gives every course exactly the prerequisites of the demo data', async () => {
      const data = await queryData<{
        courses: { edges: Array<{ node: { slug: string; prerequisites: Array<{ slug: string }> } }> };
      }>(testApp.app, '{ courses(first: 100) { edges { node { slug prerequisites { slug } } } } }');
      for (const { node } of data.courses.edges) {
        expect(node.prerequisites.map((prerequisite) => prerequisite.slug).sort(), node.slug).toEqual(
          [...demoCourse(node.slug).prerequisiteSlugs].sort(),
        );
      }
    });

    it('credits the Verdighetsenteret day course with 6 hours by Fagforbundet and by Delta', async () => {
      const expected = demoCourse('dagskurs-samspillsmodellen');
      const course = await courseBySlug(expected.slug);
      expect(course?.credits).toHaveLength(2);
      expect(course?.credits).toEqual(
        expected.credits.map((credit) => ({ body: credit.body, hours: credit.hours, note: credit.note ?? null })),
      );
      expect(course?.credits.map((credit) => [credit.body, credit.hours])).toEqual([
        ['Fagforbundet', 6],
        ['Delta', 6],
      ]);
    });

    it('has no price when the course is free, and amount and currency otherwise', async () => {
      expect((await courseBySlug('dagskurs-samspillsmodellen'))?.price).toBeNull();
      expect((await courseBySlug('frivilligkoordinator-i-eldreomsorgen'))?.price).toEqual({
        amount: 1200,
        currency: 'NOK',
      });

      const data = await queryData<{
        courses: { edges: Array<{ node: { slug: string; price: { amount: number; currency: string } | null } }> };
      }>(testApp.app, '{ courses(first: 100) { edges { node { slug price { amount currency } } } } }');
      for (const { node } of data.courses.edges) {
        expect(node.price, node.slug).toEqual(demoCourse(node.slug).price ?? null);
      }
    });
  });
});
