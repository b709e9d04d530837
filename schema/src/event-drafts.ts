import { createEvent, type EventSnapshot, listEditableEvents } from '@samverka/db/event-editing';
import { findRevision } from '@samverka/db/revisions';
import { requireViewer } from './auth/viewer.js';
import { builder } from './builder.js';
import {
  changeArgs,
  checkEditorMayChange,
  listLimit,
  readersInFederation,
  rolesInFederation,
  WRITERS,
} from './content-changes.js';
import { itemOf, rolesOn, saveChange, saveNew } from './content-save.js';
import { EditableEventRef, EventRevisionConflict, EventStatusEnum, eventKind } from './event-editing.js';
import { EventInput, eventSnapshotAsInput, toEventContent } from './event-input.js';
import { federationBySlug } from './federation-admin.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

builder.queryFields((t) => ({
  editableEvent: t.field({
    type: EditableEventRef,
    nullable: true,
    description: 'An event in any status, for the people of its organiser; null when there is none.',
    args: { id: t.arg.globalID({ required: true, description: 'The event’s id.' }) },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, eventKind, id, WRITERS),
    resolve: (_root, { id }, ctx) => itemOf(ctx, eventKind, id),
  }),
  editableEvents: t.field({
    type: [EditableEventRef],
    description: 'A federation’s events in the given statuses (all when left out), last saved first. For its people.',
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      statuses: t.arg({ type: [EventStatusEnum], description: 'Which statuses; all when left out.' }),
      limit: t.arg.int({ defaultValue: 50, description: '1 to 100.' }),
    },
    authScopes: (_root, args, ctx) => readersInFederation(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await loadFederationBySlug(ctx, args.federation);
      if (!federation) return [];
      return listEditableEvents(ctx.db, federation.id, args.statuses ?? [], listLimit(args.limit));
    },
  }),
}));

builder.mutationFields((t) => ({
  createEventDraft: t.field({
    type: EditableEventRef,
    description: 'Starts an event as a draft of the organising federation. For its editors, publishers and admins.',
    errors: problemsOf('CreateEventDraft', [InputProblem, NotFoundProblem], 'the new draft'),
    args: {
      federation: t.arg.string({ required: true, description: 'The organising federation’s slug.' }),
      input: t.arg({ type: EventInput, required: true, description: 'The content.' }),
    },
    authScopes: (_root, args, ctx) => rolesInFederation(ctx, args.federation, WRITERS),
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const content = await toEventContent(ctx, { federationId: federation.id, contactId: null }, args.input);
      const authorId = requireViewer(ctx).user.id;
      return saveNew(ctx, eventKind, (tx) => createEvent(tx, { federationId: federation.id, authorId, content }));
    },
  }),
  updateEvent: t.field({
    type: EditableEventRef,
    description: 'Saves new content as a new revision. Refused as a conflict when someone saved after `basedOn`.',
    errors: problemsOf('UpdateEvent', [InputProblem, NotFoundProblem, EventRevisionConflict], 'the saved event'),
    args: {
      ...changeArgs(t.arg, 'event'),
      input: t.arg({ type: EventInput, required: true, description: 'The whole new content.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, eventKind, id, WRITERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, eventKind, args, 'updated', async (event) => {
        checkEditorMayChange(ctx, event, 'event');
        const owner = { federationId: event.federation_id, contactId: event.contact_id };
        return { content: await toEventContent(ctx, owner, args.input) };
      }),
  }),
  restoreEventRevision: t.field({
    type: EditableEventRef,
    description: 'Brings back the content of an earlier revision, as a new revision; the status stays as it is.',
    errors: problemsOf(
      'RestoreEventRevision',
      [InputProblem, NotFoundProblem, EventRevisionConflict],
      'the restored event',
    ),
    args: {
      ...changeArgs(t.arg, 'event'),
      revision: t.arg.int({ required: true, description: 'The earlier revision to bring back.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, eventKind, id, WRITERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, eventKind, args, 'restored', async (event) => {
        checkEditorMayChange(ctx, event, 'event');
        const old = await findRevision<EventSnapshot>(ctx.db, 'event', event.id, args.revision);
        if (!old) throw new NotFoundProblem('revision', `This event has no revision ${args.revision}.`);
        const owner = { federationId: event.federation_id, contactId: event.contact_id };
        return { content: await toEventContent(ctx, owner, await eventSnapshotAsInput(ctx, old.snapshot)) };
      }),
  }),
}));
