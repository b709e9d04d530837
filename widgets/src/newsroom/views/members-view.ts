import { css, html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import { type FederationMemberships, MEMBERSHIPS } from '../api/membership-queries.js';
import { isAdminOf } from '../app/context.js';
import { todayIn } from '../editor/time-zone.js';
import { fill } from '../i18n/language.js';
import { newsroomStyles } from '../styles.js';
import { federationChooser } from './federation-chooser.js';
import { FederationView } from './federation-view.js';
import { membershipHistory } from './membership-history.js';

/**
 * @summary A federation's memberships for its admins and platform admins: members today, member count and
 * coverage, the full history, and recording that a municipality joins or leaves.
 */
export class NewsroomMembersView extends FederationView {
  static override styles = [
    newsroomStyles,
    css`
      table.history { border-collapse: collapse; width: 100%; }
      table.history caption { text-align: left; font-weight: 600; margin-bottom: 0.5rem; }
      table.history th, table.history td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--nr-line); }
      table.history tr.ended { color: var(--nr-muted); }
    `,
  ];
  static override properties = {
    ...FederationView.properties,
    data: { state: true },
  };

  declare private data: FederationMemberships | undefined;

  constructor() {
    super('admin');
  }

  protected override forgetFederation(): void {
    this.data = undefined;
  }

  protected override async loadFederation(latest: () => boolean): Promise<void> {
    if (!this.federation || !isAdminOf(this.ctx.viewer, this.federation)) return;
    try {
      const answer = await this.ctx.api<{ federation: FederationMemberships | null }>(MEMBERSHIPS, {
        federation: this.federation,
      });
      if (!latest()) return;
      this.data = answer.federation ?? undefined;
      this.notice = answer.federation ? '' : fill(this.ctx.strings.unknownFederation, this.federation);
    } catch (error) {
      if (latest()) this.notice = this.describe(error);
    }
  }

  #renderSummary(data: FederationMemberships): TemplateResult {
    const { strings, language } = this.ctx;
    const coverage = data.coverage;
    const percent = (value: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(value);
    return html`<p>${fill(strings.memberCount, data.memberCount)}
      ${
        coverage
          ? fill(
              strings.coverage,
              coverage.memberCount,
              coverage.municipalityCount,
              coverage.regionName ?? strings.theRegion,
              percent(coverage.percentage),
            )
          : nothing
      }</p>`;
  }

  #renderFederation(data: FederationMemberships): TemplateResult {
    const { strings, language } = this.ctx;
    return html`${this.#renderSummary(data)}
      <div @newsroom-memberships-change=${() => void this.reload()}>
        <section class="card" aria-labelledby="join-title">
          <h2 id="join-title">${strings.joinTitle}</h2>
          <newsroom-member-join-form .ctx=${this.ctx} .federation=${data.slug} .timeZone=${data.timeZone}
            .history=${data.membershipHistory}></newsroom-member-join-form>
        </section>
        <section class="card" aria-labelledby="members-title">
          <h2 id="members-title" tabindex="-1">${strings.currentMembers}</h2>
          <newsroom-member-list .ctx=${this.ctx} .federation=${data.slug} .timeZone=${data.timeZone}
            .members=${data.members}></newsroom-member-list>
        </section>
      </div>
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">${strings.historyTitle}</h2>
        ${membershipHistory(strings, language, data.membershipHistory, todayIn(data.timeZone))}
      </section>`;
  }

  #renderChooser(managed: FederationChoice[]): TemplateResult | typeof nothing {
    return federationChooser(this.ctx, {
      id: 'members-federation',
      federations: managed,
      current: this.federation,
      choose: (slug) => this.chooseFederation(slug),
    });
  }

  #renderBody(): TemplateResult {
    const { strings, viewer } = this.ctx;
    if (!this.federations) return html`<p role="status">${strings.loading}</p>`;
    if (!this.federation || !isAdminOf(viewer, this.federation)) {
      return html`<p class="notice">${strings.membersNotYours}</p>`;
    }
    return html`${this.#renderChooser(this.federations)}
      ${this.data ? this.#renderFederation(this.data) : this.notice ? nothing : html`<p role="status">${strings.loading}</p>`}`;
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    return html`<h1 tabindex="-1">${strings.membersTitle}</h1>
      ${this.notice ? html`<p class="notice bad" role="alert">${this.notice}</p>` : nothing}
      ${this.#renderBody()}`;
  }
}
