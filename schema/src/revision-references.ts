import { builder } from './builder.js';
import { EditableContactRef } from './contact-editing.js';
import { CourseRevisionRef, EditableCourseRef } from './course-editing.js';
import { EventRevisionRef } from './event-editing.js';
import { NewsRevisionRef } from './news-editing.js';
import { MunicipalityRef } from './refs.js';
import {
  contactNamed,
  federationOfCourse,
  municipalitiesNamed,
  municipalityNamed,
  prerequisitesNamed,
  topicsNamed,
} from './revision-links.js';
import { TopicRef } from './topic.js';

// What a revision's snapshot names by id, resolved, so that a comparison can name what was added or
// removed. Every field reads the snapshot's ids; one whose row is gone is left out (or null).

const THEN = 'as the revision names them; any no longer found are left out';

builder.objectFields(NewsRevisionRef, (t) => ({
  topics: t.field({
    type: [TopicRef],
    description: `Its topics then, ${THEN}.`,
    resolve: (revision, _args, ctx) => topicsNamed(ctx, revision.topic_ids),
  }),
  municipalities: t.field({
    type: [MunicipalityRef],
    description: `The municipalities it mentioned then, ${THEN}.`,
    resolve: (revision, _args, ctx) => municipalitiesNamed(ctx, revision.municipality_ids),
  }),
  contact: t.field({
    type: EditableContactRef,
    nullable: true,
    description: 'Who answered questions about it then, archived or not; null when nobody (or no longer found).',
    resolve: (revision, _args, ctx) => contactNamed(ctx, revision.contact_id),
  }),
}));

builder.objectFields(EventRevisionRef, (t) => ({
  topics: t.field({
    type: [TopicRef],
    description: `Its topics then, ${THEN}.`,
    resolve: (revision, _args, ctx) => topicsNamed(ctx, revision.snapshot.topic_ids),
  }),
  municipality: t.field({
    type: MunicipalityRef,
    nullable: true,
    description: 'Where it was to be held then; null when not given (or no longer found).',
    resolve: (revision, _args, ctx) => municipalityNamed(ctx, revision.snapshot.municipality_id),
  }),
  contact: t.field({
    type: EditableContactRef,
    nullable: true,
    description: 'Who answered questions about it then, archived or not; null when nobody (or no longer found).',
    resolve: (revision, _args, ctx) => contactNamed(ctx, revision.snapshot.contact_id),
  }),
}));

builder.objectFields(CourseRevisionRef, (t) => ({
  topics: t.field({
    type: [TopicRef],
    description: `Its topics then, ${THEN}.`,
    resolve: (revision, _args, ctx) => topicsNamed(ctx, revision.snapshot.topic_ids),
  }),
  openTo: t.field({
    type: [MunicipalityRef],
    description: `The municipalities whose staff could take it then (empty: open to all), ${THEN}.`,
    resolve: (revision, _args, ctx) => municipalitiesNamed(ctx, revision.snapshot.open_to_ids),
  }),
  prerequisites: t.field({
    type: [EditableCourseRef],
    description: `The courses to have taken first then (published ones, and the federation’s own in any status), ${THEN}.`,
    resolve: async (revision, _args, ctx) => {
      const federationId = await federationOfCourse(ctx, revision.subject_id);
      return federationId ? prerequisitesNamed(ctx, federationId, revision.snapshot.prerequisite_ids) : [];
    },
  }),
  contact: t.field({
    type: EditableContactRef,
    nullable: true,
    description: 'Who answered questions about it then, archived or not; null when nobody (or no longer found).',
    resolve: (revision, _args, ctx) => contactNamed(ctx, revision.snapshot.contact_id),
  }),
}));
