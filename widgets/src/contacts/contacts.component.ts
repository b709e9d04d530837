import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { limitOf } from '../shared/attributes.js';
import { readFilters } from '../shared/filters.js';
import { heading } from '../shared/heading.js';
import { listingStyles } from '../shared/listing.styles.js';
import type { GraphqlRequest, Listing, ListingContext } from '../shared/listing-context.js';
import { ListingElement } from '../shared/listing-element.js';
import { type ContactNode, type ContactsAnswer, contactsRequest } from './contacts.query.js';

interface ContactsListing extends Listing {
  items: ContactNode[];
}

/**
 * @summary Contact cards of the people in public work roles at one or several federations.
 *
 * Only what a person's role makes public is shown. The `topic` attribute does not apply.
 *
 * @slot - Fallback shown before the script runs and beside the error message, e.g. a link to a contact page.
 *
 * @csspart list - The list of contacts.
 * @csspart item - Each contact card (an `<article>`).
 * @csspart title - The person's name.
 * @csspart meta - Role and organisation.
 * @csspart contact-links - The email and phone links.
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
export class SamverkaContacts extends ListingElement<ContactsListing> {
  static override styles = [listingStyles];

  protected buildRequest(): GraphqlRequest {
    return contactsRequest(readFilters(this), limitOf(this.limit, 10));
  }

  protected toListing(data: unknown): ContactsListing {
    const items = (data as ContactsAnswer).contacts.edges.map((edge) => edge.node);
    return { ids: items.map((item) => item.id), items };
  }

  protected jsonLd(): null {
    return null;
  }

  protected emptyText(strings: Strings): string {
    return strings.emptyContacts;
  }

  protected renderListing({ items }: ContactsListing, context: ListingContext): TemplateResult {
    return html`<ul part="list" class="list" aria-label=${context.strings.contacts}>
      ${items.map((item) => html`<li>${this.#renderContact(item, context)}</li>`)}
    </ul>`;
  }

  #renderContact(contact: ContactNode, { strings, headingLevel, layout }: ListingContext): TemplateResult {
    const organisation = contact.municipality?.name ?? contact.federation?.name;
    return html`<article part="item" class="item">
      ${heading(headingLevel, contact.name)}
      <p part="meta" class="meta">${[contact.title, layout === 'compact' ? null : organisation].filter(Boolean).join(', ')}</p>
      ${contact.email || contact.phone ? this.#renderLinks(contact, strings) : nothing}
    </article>`;
  }

  #renderLinks(contact: ContactNode, strings: Strings): TemplateResult {
    return html`<p part="contact-links" class="meta">
        ${
          contact.email
            ? html`<a href=${`mailto:${contact.email}`}
              ><span class="visually-hidden">${strings.email}: </span>${contact.email}</a
            >`
            : nothing
        }
        ${contact.email && contact.phone ? html`<br />` : nothing}
        ${
          contact.phone
            ? html`<a href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}
              ><span class="visually-hidden">${strings.phone}: </span>${contact.phone}</a
            >`
            : nothing
        }
    </p>`;
  }
}
