import type { TemplateResult } from 'lit';
import type { EventStatus, EventTransition } from '../api/event-queries.js';
import type { NewsroomEventEditor } from './event-editor.js';
import { renderStepsToolbar } from './steps-toolbar.js';

/** Which steps each status offers a publisher or admin; editors get none (the hub refuses them anyway). */
const STEPS: Record<EventStatus, EventTransition[]> = {
  DRAFT: ['publishEvent', 'archiveEvent'],
  PUBLISHED: ['unpublishEvent', 'cancelEvent', 'archiveEvent'],
  CANCELLED: ['unpublishEvent', 'archiveEvent'],
  ARCHIVED: ['unpublishEvent'],
};

export function renderEventActions(editor: NewsroomEventEditor): TemplateResult {
  const { strings } = editor.ctx;
  return renderStepsToolbar(editor, {
    steps: STEPS,
    first: ['publishEvent'],
    labels: {
      publishEvent: { label: strings.publish, done: strings.published },
      unpublishEvent: { label: strings.unpublish, done: strings.unpublished },
      cancelEvent: { label: strings.cancelEvent, done: strings.cancelled, danger: true },
      archiveEvent: { label: strings.archive, done: strings.archived, danger: true },
    },
    cannotPublish: strings.eventEditorCannotPublish,
  });
}
