import type { EventStatus, EventTransition } from '../api/event-queries.js';
import type { StepsOptions } from './steps-toolbar.js';

/** Which steps each status offers a publisher or admin; editors get none (the hub refuses them anyway). */
export const EVENT_STEPS: StepsOptions<EventStatus, EventTransition> = {
  steps: {
    DRAFT: ['publishEvent', 'archiveEvent'],
    PUBLISHED: ['unpublishEvent', 'cancelEvent', 'archiveEvent'],
    CANCELLED: ['unpublishEvent', 'archiveEvent'],
    ARCHIVED: ['unpublishEvent'],
  },
  first: ['publishEvent'],
  verbs: { publishEvent: 'publish', unpublishEvent: 'unpublish', cancelEvent: 'cancel', archiveEvent: 'archive' },
  cannotPublish: 'eventEditorCannotPublish',
};
