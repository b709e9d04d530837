import { html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import type { NewsroomContext } from '../app/context.js';

export interface FederationChooser {
  /** The select's id, unique in the view. */
  id: string;
  federations: FederationChoice[];
  current: string;
  /** Called on every change; left out where a form's button opens the choice (the select is named `federation`). */
  choose?: (slug: string) => void;
}

/** The labelled select of the federation a view works in; nothing when there is only one to work in. */
export function federationChooser(
  ctx: NewsroomContext,
  { id, federations, current, choose }: FederationChooser,
): TemplateResult | typeof nothing {
  if (federations.length < 2) return nothing;
  const change = (event: Event) => choose?.((event.target as HTMLSelectElement).value);
  return html`<div class="field"><label for=${id}>${ctx.strings.federation}</label>
    <select id=${id} name="federation" @change=${change}>
      ${federations.map((each) => html`<option value=${each.slug} ?selected=${each.slug === current}>${each.name}</option>`)}
    </select></div>`;
}
