import {
  type Course,
  type CourseSession,
  findOpenToLinks,
  findPrerequisiteLinks,
  findPublicCourseBySlug,
  findSessionsOfCourses,
  listPublicCourses,
} from '@samverka/db/courses';
import type { Municipality } from '@samverka/db/municipalities';
import type { CourseCredit } from '@samverka/db/tables/courses';
import { builder } from './builder.js';
import { connectionComplexity } from './complexity.js';
import { CourseFormatEnum, LanguageEnum } from './enums.js';
import { checkPlainText, checkSearchText, checkSlugs, parseMunicipalityCode } from './inputs.js';
import { type Linked, loadLinked } from './linked.js';
import { resolveConnection } from './pagination.js';
import { ContactRef, CourseRef, FederationRef, MunicipalityRef } from './refs.js';
import { TopicRef } from './topic.js';

const CreditRef = builder.objectRef<CourseCredit>('CourseCredit').implement({
  description: 'Hours a crediting body (a union, a university) counts the course for.',
  fields: (t) => ({
    hours: t.exposeFloat('hours'),
    body: t.exposeString('body', { description: 'Who credits it, e.g. "Fagforbundet".' }),
    note: t.string({ nullable: true, resolve: (credit) => credit.note ?? null }),
  }),
});

const PriceRef = builder.objectRef<{ amount: string; currency: string }>('Price').implement({
  fields: (t) => ({
    amount: t.float({ resolve: (price) => Number(price.amount) }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. SEK or NOK.' }),
  }),
});

const SessionRef = builder.objectRef<CourseSession>('CourseSession').implement({
  description: 'One run of a course: when, where, how many can take part and how to register.',
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', resolve: (session) => session.starts_at }),
    endsAt: t.field({ type: 'DateTime', resolve: (session) => session.ends_at }),
    placeName: t.exposeString('place_name', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    municipality: t.field({ type: MunicipalityRef, nullable: true, resolve: (session) => session.municipality_id }),
    onlineUrl: t.field({ type: 'URL', nullable: true, resolve: (session) => session.online_url }),
    capacity: t.exposeInt('capacity', { nullable: true }),
    registrationUrl: t.field({ type: 'URL', nullable: true, resolve: (session) => session.registration_url }),
    registrationDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (session) => session.registration_deadline,
    }),
    cancelled: t.boolean({ resolve: (session) => session.status === 'cancelled' }),
  }),
});

CourseRef.implement({
  description: 'A training offer of a federation, with its sessions.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    description: t.exposeString('description_html', { description: 'Sanitised HTML.' }),
    format: t.expose('format', { type: CourseFormatEnum }),
    targetAudiences: t.exposeStringList('target_audiences'),
    learningGoals: t.exposeStringList('learning_goals'),
    credits: t.field({ type: [CreditRef], resolve: (course) => course.credits }),
    language: t.expose('language', { type: LanguageEnum }),
    price: t.field({
      type: PriceRef,
      nullable: true,
      description: 'Null when the course is free.',
      resolve: (course) =>
        course.price_amount && course.price_currency
          ? { amount: course.price_amount, currency: course.price_currency }
          : null,
    }),
    provider: t.field({ type: FederationRef, resolve: (course) => course.federation_id }),
    topics: t.field({ type: [TopicRef], resolve: (course) => course.topics }),
    contact: t.field({ type: ContactRef, nullable: true, resolve: (course) => course.contact_id }),
    sessions: t.loadableGroup({
      type: SessionRef,
      byPath: true,
      description: 'Sessions in date order; with `upcoming`, only those that have not ended.',
      args: { upcoming: t.arg.boolean({ defaultValue: false }) },
      load: (ids: string[], ctx, args) => findSessionsOfCourses(ctx.db, ids, args.upcoming ?? false),
      group: (session) => session.course_id,
      resolve: (course) => course.id,
    }),
    prerequisites: t.loadableGroup({
      type: CourseRef,
      description: 'Courses to have taken first.',
      load: async (ids: string[], ctx) =>
        loadLinked(
          (await findPrerequisiteLinks(ctx.db, ids)).map((link) => ({
            owner: link.course_id,
            target: link.prerequisite_id,
          })),
          CourseRef.getDataloader(ctx),
        ),
      group: (course) => (course as Linked<Course>).linkedTo,
      resolve: (course) => course.id,
    }),
    openTo: t.loadableGroup({
      type: MunicipalityRef,
      description: 'The municipalities whose staff may take it; empty when it is open to all.',
      load: async (ids: string[], ctx) =>
        loadLinked(
          (await findOpenToLinks(ctx.db, ids)).map((link) => ({ owner: link.course_id, target: link.municipality_id })),
          MunicipalityRef.getDataloader(ctx),
        ),
      group: (municipality) => (municipality as Linked<Municipality>).linkedTo,
      resolve: (course) => course.id,
    }),
  }),
});

const CourseFilter = builder.inputType('CourseFilter', {
  fields: (t) => ({
    providers: t.stringList({ description: 'Provider federation slugs.' }),
    format: t.field({ type: CourseFormatEnum }),
    audience: t.string({ description: 'A target audience, exactly as the provider lists it.' }),
    topics: t.stringList({ description: 'Topic slugs; a course with any of them matches.' }),
    openTo: t.string({ description: 'Only courses open to this municipality (code, e.g. "1262").' }),
    upcoming: t.boolean({ description: 'Only courses with a session yet to end, or self-paced ones.' }),
    search: t.string(),
  }),
});

builder.queryFields((t) => ({
  course: t.field({
    type: CourseRef,
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (_root, { slug }, ctx) => (await findPublicCourseBySlug(ctx.db, slug)) ?? null,
  }),
  courses: t.connection(
    {
      type: CourseRef,
      description: 'Published training offers by title.',
      args: { filter: t.arg({ type: CourseFilter }) },
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
    { name: 'CourseConnection' },
    { name: 'CourseEdge' },
  ),
}));
