import { html, nothing, type TemplateResult } from 'lit';
import type { EventStatus, EventTransition } from '../api/event-queries.js';
import { canPublish } from '../app/context.js';
import type { NewsroomEventEditor } from './event-editor.js';

/** Which steps each status offers a publisher or admin; editors get none (the hub refuses them anyway). */
const STEPS: Record<EventStatus, EventTransition[]> = {
  DRAFT: ['publishEvent', 'archiveEvent'],
  PUBLISHED: ['unpublishEvent', 'cancelEvent', 'archiveEvent'],
  CANCELLED: ['unpublishEvent', 'archiveEvent'],
  ARCHIVED: ['unpublishEvent'],
};

export function renderEventActions(editor: NewsroomEventEditor): TemplateResult {
  const { strings, viewer } = editor.ctx;
  const status = editor.item?.status ?? 'DRAFT';
  const publisher = canPublish(viewer, editor.federation);
  const labels: Record<EventTransition, [string, string]> = {
    publishEvent: [strings.publish, strings.published],
    unpublishEvent: [strings.unpublish, strings.unpublished],
    cancelEvent: [strings.cancelEvent, strings.cancelled],
    archiveEvent: [strings.archive, strings.archived],
  };
  const steps = publisher && editor.item ? STEPS[status] : publisher ? ['publishEvent' as const] : [];
  return html`<div class="actions">
      <button type="button" class="primary" ?disabled=${editor.busy} @click=${() => void editor.save()}>
        ${status === 'DRAFT' ? strings.saveDraft : strings.saveChanges}</button>
      ${steps.map((step) => {
        const [label, done] = labels[step];
        const danger = step === 'cancelEvent' || step === 'archiveEvent';
        return html`<button type="button" class=${danger ? 'danger' : nothing} ?disabled=${editor.busy}
          @click=${() => void editor.step(step, done)}>${label}</button>`;
      })}
    </div>
    ${publisher ? nothing : html`<p class="hint">${strings.eventEditorCannotPublish}</p>`}`;
}
