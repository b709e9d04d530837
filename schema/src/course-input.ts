import type { CourseContent, CourseSnapshot, EditableCourse } from '@samverka/db/course-editing';
import { findEditableCourses } from '@samverka/db/course-editing';
import { findMunicipalitiesByIds } from '@samverka/db/municipalities';
import type { Stored } from '@samverka/db/revisions';
import type { CourseCredit } from '@samverka/db/tables/courses';
import { findTopicsByIds } from '@samverka/db/topics';
import { builder } from './builder.js';
import { checkRichText, checkText, contactIdFor, idIn, municipalityIdsFor, topicIdsFor } from './content-input.js';
import type { Context } from './context.js';
import { CourseFormatEnum, LanguageEnum } from './enums.js';
import { encodeGlobalId } from './global-id.js';
import { InputProblem } from './problems.js';

const CURRENCIES = ['SEK', 'NOK', 'EUR', 'DKK'];

const CreditInput = builder.inputType('CourseCreditInput', {
  description: 'Hours a crediting body counts the course for.',
  fields: (t) => ({
    hours: t.float({ required: true, description: 'More than 0, at most 1 000.' }),
    body: t.string({ required: true, description: 'Who credits it, e.g. "Fagforbundet": 1 to 200 characters.' }),
    note: t.string({ description: 'A condition or remark, up to 500 characters.' }),
  }),
});

const PriceInput = builder.inputType('PriceInput', {
  description: 'What taking the course costs; leave the price out for a free course.',
  fields: (t) => ({
    amount: t.float({ required: true, description: 'At least 0, with at most two decimals.' }),
    currency: t.string({ required: true, description: `ISO 4217 code: ${CURRENCIES.join(', ')}.` }),
  }),
});

export const CourseInput = builder.inputType('CourseInput', {
  description: 'What an editor writes in a course. Sessions are added and changed with their own mutations.',
  fields: (t) => ({
    title: t.string({ required: true, description: '1 to 300 characters.' }),
    summary: t.string({ description: 'A short introduction, up to 1 000 characters.' }),
    description: t.string({ description: 'HTML; sanitised on save.' }),
    format: t.field({ type: CourseFormatEnum, required: true, description: 'How it is given.' }),
    language: t.field({ type: LanguageEnum, required: true, description: 'The language it is given in.' }),
    targetAudiences: t.stringList({ description: 'Who it is for, at most 20, each up to 200 characters.' }),
    learningGoals: t.stringList({ description: 'What participants learn, at most 30, each up to 500 characters.' }),
    credits: t.field({ type: [CreditInput], description: 'At most 10.' }),
    price: t.field({ type: PriceInput, description: 'Left out (or null) for a free course.' }),
    topics: t.stringList({ description: 'Topic slugs.' }),
    openTo: t.stringList({ description: 'Codes of the municipalities whose staff may take it; empty means all.' }),
    prerequisites: t.idList({
      description: 'Ids of courses to take first: the federation’s own, or other federations’ published ones.',
    }),
    contact: t.id({ description: 'The id of an active contact of the same federation.' }),
  }),
});

export type CourseInputValue = typeof CourseInput.$inferInput;

function checkList(field: string, values: readonly string[] | null | undefined, most: number, max: number): string[] {
  const list = (values ?? []).map((value, index) => checkText(`${field}[${index}]`, value, max, true));
  if (list.length > most) throw new InputProblem(field, 'TOO_MANY', `Give at most ${most}.`);
  return [...new Set(list)];
}

function checkCredits(credits: CourseInputValue['credits']): CourseCredit[] {
  if ((credits ?? []).length > 10) throw new InputProblem('credits', 'TOO_MANY', 'Give at most 10 credits.');
  return (credits ?? []).map((credit, index) => {
    if (!(credit.hours > 0 && credit.hours <= 1000)) {
      throw new InputProblem(`credits[${index}].hours`, 'OUT_OF_RANGE', 'Give more than 0 and at most 1 000 hours.');
    }
    const note = checkText(`credits[${index}].note`, credit.note, 500);
    return {
      hours: credit.hours,
      body: checkText(`credits[${index}].body`, credit.body, 200, true),
      ...(note && { note }),
    };
  });
}

function checkPrice(price: CourseInputValue['price']): CourseContent['price'] {
  if (!price) return null;
  if (!(price.amount >= 0 && price.amount < 100_000_000) || Math.round(price.amount * 100) !== price.amount * 100) {
    throw new InputProblem('price.amount', 'INVALID_AMOUNT', 'Give an amount of at least 0 with at most two decimals.');
  }
  const currency = price.currency.trim().toUpperCase();
  if (!CURRENCIES.includes(currency)) {
    throw new InputProblem('price.currency', 'UNKNOWN_CURRENCY', `Use one of ${CURRENCIES.join(', ')}.`);
  }
  return { amount: price.amount.toFixed(2), currency };
}

/** Other courses to take first: never the course itself, nor an archived one, nor another federation's unpublished one. */
async function prerequisiteIdsFor(
  ctx: Context,
  federationId: string,
  self: string | null,
  ids: readonly (string | number)[],
): Promise<string[]> {
  const notACourse = new InputProblem('prerequisites', 'UNKNOWN_COURSE', 'Give the ids of courses.');
  const wanted = [...new Set(ids.map((id) => idIn(id, 'Course', notACourse)))];
  if (wanted.some((id) => id === self)) {
    throw new InputProblem('prerequisites', 'PREREQUISITE_SELF', 'A course cannot require itself.');
  }
  const found = await findEditableCourses(ctx.db, wanted);
  const usable = (course: EditableCourse | undefined) =>
    course && course.status !== 'archived' && (course.federation_id === federationId || course.status === 'published');
  const missing = wanted.find((id) => !usable(found.find((course) => course.id === id)));
  if (missing) {
    throw new InputProblem(
      'prerequisites',
      'UNKNOWN_COURSE',
      `There is no course ${encodeGlobalId('Course', missing)} to require: choose your federation’s own or a published one.`,
    );
  }
  return wanted;
}

/** Checks what an editor sent and turns it into what is stored; anything wrong names its field. */
export async function toCourseContent(
  ctx: Context,
  course: { federationId: string; id: string | null; contactId: string | null },
  input: CourseInputValue,
): Promise<CourseContent> {
  return {
    title: checkText('title', input.title, 300, true),
    summary: checkText('summary', input.summary, 1000),
    descriptionHtml: checkRichText('description', input.description, ctx.publicUrl),
    format: input.format,
    language: input.language,
    targetAudiences: checkList('targetAudiences', input.targetAudiences, 20, 200),
    learningGoals: checkList('learningGoals', input.learningGoals, 30, 500),
    credits: checkCredits(input.credits),
    price: checkPrice(input.price),
    topicIds: await topicIdsFor(ctx, 'topics', input.topics ?? []),
    openToIds: await municipalityIdsFor(ctx, 'openTo', input.openTo ?? []),
    prerequisiteIds: await prerequisiteIdsFor(ctx, course.federationId, course.id, input.prerequisites ?? []),
    contactId: await contactIdFor(ctx, course.federationId, input.contact, course.contactId),
  };
}

/** A saved revision as editor input, so restoring it passes the same checks as writing it. */
export async function courseSnapshotAsInput(ctx: Context, snapshot: Stored<CourseSnapshot>): Promise<CourseInputValue> {
  const [topics, municipalities] = await Promise.all([
    findTopicsByIds(ctx.db, snapshot.topic_ids),
    findMunicipalitiesByIds(ctx.db, snapshot.open_to_ids),
  ]);
  return {
    title: snapshot.title,
    summary: snapshot.summary,
    description: snapshot.description_html,
    format: snapshot.format,
    language: snapshot.language,
    targetAudiences: snapshot.target_audiences,
    learningGoals: snapshot.learning_goals,
    credits: snapshot.credits,
    price:
      snapshot.price_amount && snapshot.price_currency
        ? { amount: Number(snapshot.price_amount), currency: snapshot.price_currency }
        : null,
    topics: topics.map((topic) => topic.slug),
    openTo: municipalities.map((municipality) => `${municipality.country}-${municipality.code}`),
    prerequisites: snapshot.prerequisite_ids.map((id) => encodeGlobalId('Course', id)),
    contact: snapshot.contact_id ? encodeGlobalId('Contact', snapshot.contact_id) : null,
  };
}
