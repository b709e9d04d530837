import { html, nothing, type TemplateResult } from 'lit';
import { formatPercent } from '../i18n/format.js';
import { fill, type Strings } from '../i18n/strings.js';
import { heading, time } from '../shared/heading.js';
import { listingStyles } from '../shared/listing.styles.js';
import type { GraphqlRequest, Listing, ListingContext } from '../shared/listing-context.js';
import { ListingElement } from '../shared/listing-element.js';
import { webUrl } from '../shared/web-url.js';
import { type FederationMembers, type MemberNode, type MembersAnswer, membersRequest } from './members.query.js';
import { membersStyles } from './members.styles.js';

interface MembersListing extends Listing {
  federations: FederationMembers[];
}

/**
 * @summary The member municipalities of one or several federations, with the count and coverage of the region.
 *
 * `layout="map"` draws the region with its members highlighted. The `municipality`, `topic` and
 * `limit` attributes do not apply: a federation's members are listed in full.
 *
 * @slot - Fallback shown before the script runs and beside the error message, e.g. a link to the member page.
 *
 * @csspart federation - Each federation's section.
 * @csspart title - The federation's heading.
 * @csspart coverage - The count and coverage line.
 * @csspart list - The list of members.
 * @csspart item - Each member municipality.
 * @csspart meta - "member since".
 * @csspart status - The loading, empty and error states (also `loading`, `empty`, `error`).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --samverka-color-accent - Links and the retry button.
 * @cssproperty --samverka-color-on-accent - Text on the accent colour.
 * @cssproperty --samverka-color-text - Text (default: inherited).
 * @cssproperty --samverka-color-surface - Card background.
 * @cssproperty --samverka-color-border - Separators and card borders.
 * @cssproperty --samverka-color-focus - The focus ring.
 * @cssproperty --samverka-space - Space between items.
 * @cssproperty --samverka-radius - Corner radius.
 */
export class SamverkaMembers extends ListingElement<MembersListing> {
  static override styles = [listingStyles, membersStyles];

  protected buildRequest({ federations }: ListingContext): GraphqlRequest {
    return membersRequest(federations);
  }

  protected toListing(data: unknown, { federations, language }: ListingContext): MembersListing {
    const answer = data as MembersAnswer;
    const unknown = federations.filter((_, index) => !answer[`f${index}`]);
    if (!federations.length || unknown.length) {
      console.warn(
        federations.length
          ? `<samverka-members> knows no federation ${unknown.join(', ')}`
          : '<samverka-members> needs a federation attribute, e.g. federation="vo-college-skane"',
      );
    }
    const found = federations
      .map((_, index) => answer[`f${index}`])
      .filter((federation): federation is FederationMembers => Boolean(federation))
      .map((federation) => ({
        ...federation,
        members: [...federation.members].sort((a, b) =>
          a.municipality.name.localeCompare(b.municipality.name, language),
        ),
      }));
    return {
      ids: found.flatMap((federation) =>
        federation.members.map((member) => `${federation.slug}:${member.municipality.id}`),
      ),
      federations: found,
    };
  }

  protected jsonLd(): null {
    return null;
  }

  protected emptyText(strings: Strings): string {
    return strings.emptyMembers;
  }

  protected renderListing({ federations }: MembersListing, context: ListingContext): TemplateResult {
    return html`${federations.map(
      (federation) => html`<section part="federation" class="federation">
        ${heading(context.headingLevel, federation.name)}
        <p part="coverage" class="coverage">${coverageText(federation, context)}</p>
        ${this.layout === 'map' ? this.renderMap(federation, context) : this.#renderList(federation, context)}
      </section>`,
    )}`;
  }

  /** The region as a map with the members highlighted; until the map is drawn, the list. */
  private renderMap(federation: FederationMembers, context: ListingContext): TemplateResult {
    return this.#renderList(federation, context);
  }

  #renderList(federation: FederationMembers, context: ListingContext): TemplateResult {
    return html`<ul part="list" class="list" aria-label=${`${context.strings.members}: ${federation.name}`}>
      ${federation.members.map((member) => this.#renderMember(member, context))}
    </ul>`;
  }

  #renderMember(member: MemberNode, { strings, layout }: ListingContext): TemplateResult {
    const { name } = member.municipality;
    const website = webUrl(member.municipality.website);
    return html`<li part="item" class="item member">
      ${website ? html`<a href=${website}>${name}</a>` : name}
      ${
        layout === 'compact'
          ? nothing
          : html`<span part="meta" class="meta"
            >${time(member.joinedOn, fill(strings.memberSince, member.joinedOn.slice(0, 4)))}</span
          >`
      }
    </li>`;
  }
}

function coverageText(federation: FederationMembers, { strings, language }: ListingContext): string {
  const count = fill(strings.memberCount, federation.memberCount);
  const coverage = federation.coverage;
  if (!coverage) return count;
  const values = {
    n: coverage.memberCount,
    total: coverage.municipalityCount,
    region: coverage.regionName ?? '',
    share: formatPercent(coverage.percentage / 100, language),
  };
  return `${count}. ${fill(coverage.regionName ? strings.coverageRegion : strings.coverage, values)}.`;
}
