import { html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import { START_PAGE, type StartPageData } from '../api/start-queries.js';
import { canPublish } from '../app/context.js';
import { federationsFor } from '../app/federations.js';
import { fill } from '../i18n/language.js';
import { federationChooser } from './federation-chooser.js';
import { renderStartSection, type SectionState } from './start-section.js';
import { NewsroomView } from './view.js';

/**
 * @summary One section per federation the user works for: drafts of every kind, scheduled news,
 * recently published items, upcoming events and failing feed sources. A platform admin also
 * chooses any federation to open here (`federation`, from the route).
 */
export class NewsroomStartView extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    federation: { attribute: false },
    sections: { state: true },
    choices: { state: true },
    choicesError: { state: true },
  };

  /** The federation a platform admin chose to open; '' when none. */
  declare federation: string;
  declare private sections: Map<string, SectionState>;
  declare private choices: FederationChoice[] | undefined;
  declare private choicesError: string;

  constructor() {
    super();
    this.federation = '';
    this.sections = new Map();
    this.choicesError = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const { viewer } = this.ctx;
    const slugs = viewer.roles.map((grant) => grant.federation.slug);
    if (viewer.isPlatformAdmin) {
      void this.#loadChoices();
      if (this.federation && !slugs.includes(this.federation)) slugs.unshift(this.federation);
    }
    for (const slug of slugs) void this.#loadSection(slug);
  }

  /** One request for everything a federation's section shows. */
  async #loadSection(federation: string): Promise<void> {
    let state: SectionState;
    try {
      state = await this.ctx.api<StartPageData>(START_PAGE, {
        federation,
        now: new Date().toISOString(),
        withSources: canPublish(this.ctx.viewer, federation),
      });
    } catch (error) {
      state = { error: this.describe(error) };
    }
    this.sections = new Map(this.sections).set(federation, state);
  }

  /** Every federation, for a platform admin to choose from. */
  async #loadChoices(): Promise<void> {
    try {
      this.choices = await federationsFor(this.ctx, 'write');
    } catch (error) {
      this.choicesError = this.describe(error);
    }
  }

  #renderChosen(): TemplateResult | typeof nothing {
    const { viewer, strings } = this.ctx;
    if (!this.federation || viewer.roles.some((grant) => grant.federation.slug === this.federation)) return nothing;
    const chosen = this.choices?.find((choice) => choice.slug === this.federation);
    if (!chosen) return nothing;
    const heading = fill(strings.federationAsPlatformAdmin, chosen.name);
    return renderStartSection(this.ctx, chosen, heading, this.sections.get(chosen.slug));
  }

  #renderChooser(): TemplateResult | typeof nothing {
    if (!this.ctx.viewer.isPlatformAdmin) return nothing;
    if (this.choicesError) return html`<p class="notice bad" role="alert">${this.choicesError}</p>`;
    return html`${this.#renderChoice(this.choices)}${this.#renderChosen()}`;
  }

  /** A choice and a button, so that moving through the list does not yet open anything. */
  #renderChoice(choices: FederationChoice[] | undefined): TemplateResult {
    const { strings } = this.ctx;
    const open = (event: SubmitEvent) => {
      event.preventDefault();
      const slug = new FormData(event.target as HTMLFormElement).get('federation');
      if (typeof slug === 'string' && slug) this.ctx.navigate(`#/?federation=${encodeURIComponent(slug)}`);
    };
    return html`<section class="card" aria-labelledby="federation-chooser">
      <h2 id="federation-chooser">${strings.chooserTitle}</h2>
      <p class="hint">${strings.chooserIntro}</p>
      ${
        choices
          ? html`<form class="actions" @submit=${open}>
            ${federationChooser(this.ctx, { id: 'chosen-federation', federations: choices, current: this.federation })}
            <button type="submit" class="primary">${strings.chooserOpen}</button></form>`
          : html`<p role="status">${strings.loading}</p>`
      }
      ${this.federation && choices && !choices.some((choice) => choice.slug === this.federation) ? html`<p class="notice bad" role="alert">${strings.chooserUnknown}</p>` : nothing}
    </section>`;
  }

  override render(): TemplateResult {
    const { strings, viewer } = this.ctx;
    return html`<h1 tabindex="-1">${strings.startTitle}</h1>
      ${viewer.roles.length === 0 && !viewer.isPlatformAdmin ? html`<p class="notice">${strings.noFederations}</p>` : nothing}
      ${this.#renderChooser()}
      ${viewer.roles.map(({ federation, role }) =>
        renderStartSection(
          this.ctx,
          federation,
          fill(strings.federationOverview, federation.name, strings[role]),
          this.sections.get(federation.slug),
        ),
      )}`;
  }
}
