import { html, nothing, type TemplateResult } from 'lit';
import { canPublish } from '../app/context.js';
import type { Strings } from '../i18n/en.js';
import type { ContentEditor } from './content-editor.js';
import type { SavedItem } from './content-kind.js';

/** What a step does to an item of any kind, which names its button. */
export type StepVerb = 'publish' | 'unpublish' | 'cancel' | 'archive';

export interface StepsOptions<Status extends string, Step extends string> {
  /** Which steps each status offers a publisher or admin. */
  steps: Record<Status, Step[]>;
  /** The step offered before the first save (which the step does first). */
  first: Step[];
  /** What each step does. */
  verbs: Record<Step, StepVerb>;
  /** Said to an editor instead of the steps. */
  cannotPublish: keyof Strings;
}

/** A step's button, and what is announced when it is done. */
function labelOf(strings: Strings, verb: StepVerb): { label: string; done: string; danger: boolean } {
  switch (verb) {
    case 'publish':
      return { label: strings.publish, done: strings.published, danger: false };
    case 'unpublish':
      return { label: strings.unpublish, done: strings.unpublished, danger: false };
    case 'cancel':
      return { label: strings.cancelEvent, done: strings.cancelled, danger: true };
    case 'archive':
      return { label: strings.archive, done: strings.archived, danger: true };
  }
}

/**
 * Save and the publishing steps under a form. Steps only for publishers and admins of the federation:
 * an editor sees none and a hint (the hub refuses them anyway).
 */
export function renderStepsToolbar<
  Item extends SavedItem & { status: Status },
  Status extends string,
  Step extends string,
>(editor: ContentEditor<Item, object, Step>, options: StepsOptions<Status, Step>): TemplateResult {
  const { strings, viewer } = editor.ctx;
  const publisher = canPublish(viewer, editor.federation);
  const status = editor.item?.status;
  const steps = !publisher ? [] : status ? options.steps[status] : options.first;
  return html`<div class="actions">
      <button type="button" class="primary" ?disabled=${editor.busy} @click=${() => void editor.save()}>
        ${!status || status === 'DRAFT' ? strings.saveDraft : strings.saveChanges}</button>
      ${steps.map((step) => {
        const { label, done, danger } = labelOf(strings, options.verbs[step]);
        return html`<button type="button" class=${danger ? 'danger' : nothing} ?disabled=${editor.busy}
          @click=${() => void editor.step(step, done)}>${label}</button>`;
      })}
    </div>
    ${publisher ? nothing : html`<p class="hint">${strings[options.cannotPublish]}</p>`}`;
}
