import { html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/start-queries.js';
import type { NewsroomContext } from '../app/context.js';

/**
 * A platform admin's way into any federation's start page section: a choice and a button, so that
 * moving through the list does not yet open anything.
 */
export function renderFederationChooser(
  ctx: NewsroomContext,
  choices: FederationChoice[] | undefined,
  chosen: string,
): TemplateResult {
  const { strings } = ctx;
  const open = (event: SubmitEvent) => {
    event.preventDefault();
    const slug = new FormData(event.target as HTMLFormElement).get('federation');
    if (typeof slug === 'string' && slug) ctx.navigate(`#/?federation=${encodeURIComponent(slug)}`);
  };
  return html`<section class="card" aria-labelledby="federation-chooser">
    <h2 id="federation-chooser">${strings.chooserTitle}</h2>
    <p class="hint">${strings.chooserIntro}</p>
    ${
      choices
        ? html`<form class="actions" @submit=${open}>
          <label for="chosen-federation">${strings.federation}</label>
          <select id="chosen-federation" name="federation">
            ${choices.map((choice) => html`<option value=${choice.slug} ?selected=${choice.slug === chosen}>${choice.name}</option>`)}
          </select>
          <button type="submit" class="primary">${strings.chooserOpen}</button>
        </form>`
        : html`<p role="status">${strings.loading}</p>`
    }
    ${chosen && choices && !choices.some((choice) => choice.slug === chosen) ? html`<p class="notice bad" role="alert">${strings.chooserUnknown}</p>` : nothing}
  </section>`;
}
