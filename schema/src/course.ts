import { type Course, findPublicCourseBySlug, findSessionsOfCourses, listPublicCourses } from '@samverka/db/courses';
import { findLinks } from '@samverka/db/links';
import type { Municipality } from '@samverka/db/municipalities';
import type { CourseCredit } from '@samverka/db/tables/courses';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { SessionRef } from './course-session.js';
import { CourseFormatEnum, LanguageEnum } from './enums.js';
import { checkPlainText, checkSearchText, checkSlugs, parseMunicipalityCode } from './inputs.js';
import { type Linked, loadLinked } from './linked.js';
import { resolveConnection } from './pagination.js';
import { ContactRef, CourseRef, FederationRef, MunicipalityRef } from './refs.js';
import { TopicRef } from './topic.js';

export const CreditRef = builder.objectRef<CourseCredit>('CourseCredit').implement({
  description: 'Hours a crediting body (a union, a university) counts the course for.',
  fields: (t) => ({
    hours: t.exposeFloat('hours', { description: 'How many hours it counts the course for, e.g. 6.' }),
    body: t.exposeString('body', { description: 'Who credits it, e.g. "Fagforbundet".' }),
    note: t.string({
      nullable: true,
      description: 'A condition or remark from the provider; null when there is none.',
      resolve: (credit) => credit.note ?? null,
    }),
  }),
});

export const PriceRef = builder.objectRef<{ amount: string; currency: string }>('Price').implement({
  description: 'What taking the course costs.',
  fields: (t) => ({
    amount: t.float({
      description: 'The amount in `currency`, e.g. 1200 (at most two decimals).',
      resolve: (price) => Number(price.amount),
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. SEK or NOK.' }),
  }),
});

CourseRef.implement({
  description: 'A training offer of a federation, with its sessions.',
  fields: (t) => ({
    slug: t.exposeString('slug', {
      description: 'Its unique key in URLs and in `course(slug)`, e.g. "dagskurs-samspillsmodellen".',
    }),
    title: t.exposeString('title', {
      description: 'The course’s name, e.g. "Ambassadörsutbildning, modul 1: Uppdraget som ambassadör".',
    }),
    summary: t.exposeString('summary', { description: 'A short introduction in plain text; may be empty.' }),
    description: t.exposeString('description_html', {
      description: 'The full text as HTML, sanitised when it was written: safe to insert into a page. May be empty.',
    }),
    format: t.expose('format', { type: CourseFormatEnum, description: 'How it is given.' }),
    targetAudiences: t.exposeStringList('target_audiences', {
      description:
        'Who it is for, as the provider words it, e.g. "Undersköterskor"; each works in `CourseFilter.audience`.',
    }),
    learningGoals: t.exposeStringList('learning_goals', {
      description: 'What participants learn, one goal per entry, e.g. "Leda ett samtal i en skolklass".',
    }),
    credits: t.field({
      type: [CreditRef],
      description: 'Hours it counts for with unions or universities; empty when none.',
      resolve: (course) => course.credits,
    }),
    language: t.expose('language', { type: LanguageEnum, description: 'The language it is written in.' }),
    price: t.field({
      type: PriceRef,
      nullable: true,
      description: 'What it costs; null when the course is free.',
      resolve: (course) =>
        course.price_amount && course.price_currency
          ? { amount: course.price_amount, currency: course.price_currency }
          : null,
    }),
    provider: t.field({
      type: FederationRef,
      description: 'The federation that offers it.',
      resolve: (course) => course.federation_id,
    }),
    topics: t.field({ type: [TopicRef], description: 'Its topics, by slug.', resolve: (course) => course.topics }),
    contact: t.field({
      type: ContactRef,
      nullable: true,
      description: 'Who answers questions about it; null when nobody is named or their role has ended.',
      resolve: (course) => course.contact_id,
    }),
    sessions: t.loadableGroup({
      type: SessionRef,
      byPath: true,
      description:
        'Its sessions by start time, cancelled ones included; with `upcoming`, only those that have not ended.',
      args: {
        upcoming: t.arg.boolean({
          defaultValue: false,
          description: 'Only sessions that have not ended yet (ending now or later).',
        }),
      },
      load: (ids: string[], ctx, args) => findSessionsOfCourses(ctx.db, ids, args.upcoming ?? false),
      group: (session) => session.course_id,
      resolve: (course) => course.id,
    }),
    prerequisites: t.loadableGroup({
      type: CourseRef,
      description: 'Published courses to have taken first, in no set order; empty when none.',
      load: async (ids: string[], ctx) =>
        loadLinked(await findLinks(ctx.db, 'coursePrerequisites', ids), CourseRef.getDataloader(ctx)),
      group: (course) => (course as Linked<Course>).linkedTo,
      resolve: (course) => course.id,
    }),
    openTo: t.loadableGroup({
      type: MunicipalityRef,
      description: 'The municipalities whose staff may take it, in no set order; empty when it is open to all.',
      load: async (ids: string[], ctx) =>
        loadLinked(await findLinks(ctx.db, 'courseOpenTo', ids), MunicipalityRef.getDataloader(ctx)),
      group: (municipality) => (municipality as Linked<Municipality>).linkedTo,
      resolve: (course) => course.id,
    }),
  }),
});

const CourseFilter = builder.inputType('CourseFilter', {
  description: 'Narrows the courses; every condition given must hold, and one left out does not filter.',
  fields: (t) => ({
    providers: t.stringList({
      description: 'Provider federation slugs: courses of any of them. An empty list is ignored.',
    }),
    format: t.field({ type: CourseFormatEnum, description: 'Only courses given this way.' }),
    audience: t.string({
      description:
        'A target audience, exactly as the provider lists it (letter case included), e.g. "Undersköterskor".',
    }),
    topics: t.stringList({
      description: 'Topic slugs; a course with any of them matches. An empty list is ignored.',
    }),
    openTo: t.string({
      description:
        'Only courses staff of this municipality may take: those open to it and those open to all. By code, e.g. "1262", or "NO-1860" with a country.',
    }),
    upcoming: t.boolean({
      description:
        'When true, only self-paced courses and those with a session that is not cancelled and has not ended. False does not filter.',
    }),
    search: t.string({
      description:
        'Words that must all occur in the title, summary or description, in any form ("kommuner" finds "kommun"); at most 200 characters, blank means no search.',
    }),
  }),
});

builder.queryFields((t) => ({
  course: t.field({
    type: CourseRef,
    nullable: true,
    description: 'A published course by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The course’s `slug`.' }) },
    resolve: async (_root, { slug }, ctx) => (await findPublicCourseBySlug(ctx.db, slug)) ?? null,
  }),
  courses: t.connection(
    {
      type: CourseRef,
      description: 'Published training offers, by title.',
      args: { filter: t.arg({ type: CourseFilter, description: 'Which courses; all published ones when left out.' }) },
      complexity: connectionComplexity,
      resolve: (_root, { filter, ...args }, ctx) =>
        resolveConnection(args, (page) =>
          listPublicCourses(
            ctx.db,
            {
              providers: checkSlugs('filter.providers', filter?.providers),
              format: filter?.format,
              audience: checkPlainText('filter.audience', filter?.audience),
              topics: checkSlugs('filter.topics', filter?.topics),
              openTo: parseMunicipalityCode('filter.openTo', filter?.openTo),
              upcoming: filter?.upcoming,
              search: checkSearchText('filter.search', filter?.search),
            },
            page,
          ),
        ),
    },
    { name: 'CourseConnection', description: 'A page of courses.' },
    { name: 'CourseEdge', description: 'A course on a page, with its cursor.' },
  ),
}));
