import { html, nothing, type TemplateResult } from 'lit';
import {
  FEDERATION_CHOICES,
  type FederationChoice,
  type FederationChoicesPage,
  START_PAGE,
  type StartPageData,
} from '../api/start-queries.js';
import { canPublish } from '../app/context.js';
import { fill } from '../i18n/language.js';
import { renderFederationChooser } from './federation-chooser.js';
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

  /** All federations, a page of a hundred at a time (there are far fewer). */
  async #loadChoices(): Promise<void> {
    const choices: FederationChoice[] = [];
    try {
      let after: string | null = null;
      do {
        const page: FederationChoicesPage = await this.ctx.api<FederationChoicesPage>(FEDERATION_CHOICES, { after });
        choices.push(...page.federations.edges.map((edge) => edge.node));
        after = page.federations.pageInfo.hasNextPage ? page.federations.pageInfo.endCursor : null;
      } while (after);
      this.choices = choices;
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
    return html`${renderFederationChooser(this.ctx, this.choices, this.federation)}${this.#renderChosen()}`;
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
