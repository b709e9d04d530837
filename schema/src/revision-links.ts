import { createContextCache } from '@pothos/core';
import type { EditableContact } from '@samverka/db/contact-editing';
import type { EditableCourse } from '@samverka/db/course-editing';
import type { Municipality } from '@samverka/db/municipalities';
import { findTopicsByIds, type Topic } from '@samverka/db/topics';
import DataLoader from 'dataloader';
import { EditableContactRef } from './contact-editing.js';
import { isOwnPerson } from './content-changes.js';
import type { Context } from './context.js';
import { EditableCourseRef } from './course-editing.js';
import { MunicipalityRef } from './refs.js';

// A history names its topics, municipalities, courses and contacts by id. Every revision of a page
// asks through the same per-request loaders, so a history of any length costs one statement per kind.

const topicLoaders = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, Topic | undefined>(async (ids) => {
      const byId = new Map((await findTopicsByIds(ctx.db, ids)).map((topic) => [topic.id, topic]));
      return ids.map((id) => byId.get(id));
    }),
);

/** What the ids still name, in their order: an id whose row is gone is left out. */
async function present<Row>(loader: Pick<DataLoader<string, Row>, 'loadMany'>, ids: readonly string[] | undefined) {
  const found = await loader.loadMany(ids ?? []);
  return found.filter((row): row is NonNullable<Row> => !(row instanceof Error) && row !== undefined && row !== null);
}

export function topicsNamed(ctx: Context, ids: readonly string[] | undefined): Promise<Topic[]> {
  return present(topicLoaders(ctx), ids);
}

export function municipalitiesNamed(ctx: Context, ids: readonly string[] | undefined): Promise<Municipality[]> {
  return present(MunicipalityRef.getDataloader(ctx), ids);
}

export async function municipalityNamed(ctx: Context, id: string | null | undefined): Promise<Municipality | null> {
  return id ? ((await municipalitiesNamed(ctx, [id]))[0] ?? null) : null;
}

/** A course's contact as someone outside its federation may see it: only while active, as the public does. */
export async function publicContactNamed(ctx: Context, id: string | null): Promise<EditableContact | null> {
  const contact = await contactNamed(ctx, id);
  return contact?.status === 'active' ? contact : null;
}

export async function contactNamed(ctx: Context, id: string | null | undefined): Promise<EditableContact | null> {
  return id ? ((await present(EditableContactRef.getDataloader(ctx), [id]))[0] ?? null) : null;
}

/**
 * The courses a course (of `federationId`) requires, as the caller may see them: published ones,
 * and only for the course's own federation's people, that federation's own in any status. Whose
 * course it is does not decide alone: another federation's course is reached as a prerequisite too.
 */
export async function prerequisitesNamed(
  ctx: Context,
  federationId: string,
  ids: readonly string[] | undefined,
): Promise<EditableCourse[]> {
  const found = await present(EditableCourseRef.getDataloader(ctx), ids);
  const ownVisible = isOwnPerson(ctx, federationId);
  return found.filter((other) => other.status === 'published' || (ownVisible && other.federation_id === federationId));
}

/** The federation of the course a revision belongs to (the course itself is in the loader already). */
export async function federationOfCourse(ctx: Context, courseId: string): Promise<string | null> {
  return (await present(EditableCourseRef.getDataloader(ctx), [courseId]))[0]?.federation_id ?? null;
}
