import { html, nothing, type TemplateResult } from 'lit';
import { dayAndMonth, formatRange } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import { limitOf } from '../shared/attributes.js';
import { calendarUrl } from '../shared/feeds.js';
import { readFilters } from '../shared/filters.js';
import { heading, time } from '../shared/heading.js';
import { itemList } from '../shared/json-ld.js';
import { listingStyles } from '../shared/listing.styles.js';
import type { GraphqlRequest, Listing, ListingContext } from '../shared/listing-context.js';
import { ListingElement } from '../shared/listing-element.js';
import { attendanceMode, placeJsonLd, placeText } from '../shared/place.js';
import { registration } from '../shared/registration.js';
import { type EventNode, type EventsAnswer, eventsRequest } from './events.query.js';
import { eventsStyles } from './events.styles.js';

interface EventsListing extends Listing {
  items: EventNode[];
}

/**
 * @summary Coming conferences and meetings of one or several federations, soonest first.
 *
 * @slot - Fallback shown before the script runs and beside the error message, e.g. a link to the calendar.
 *
 * @csspart list - The list of events.
 * @csspart item - Each event (an `<article>`).
 * @csspart title - The event's heading.
 * @csspart meta - Time and place.
 * @csspart date - The calendar leaf with the start day (hidden from screen readers: the time says it).
 * @csspart badge - "Cancelled".
 * @csspart summary - The event's summary.
 * @csspart register - The registration link.
 * @csspart subscribe - The link to the matching calendar (iCalendar).
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
export class SamverkaEvents extends ListingElement<EventsListing> {
  static override styles = [listingStyles, eventsStyles];

  protected buildRequest(): GraphqlRequest {
    return eventsRequest(readFilters(this), limitOf(this.limit, 5));
  }

  protected toListing(data: unknown, { endpoint }: ListingContext): EventsListing {
    const answer = data as EventsAnswer;
    const items = answer.events.edges.map((edge) => edge.node);
    return {
      ids: items.map((item) => item.id),
      items,
      subscribeUrl: calendarUrl(answer.feedSource?.feeds, endpoint, readFilters(this)),
    };
  }

  protected jsonLd({ items }: EventsListing): object {
    return itemList(
      items.map((item) => {
        const location = placeJsonLd(item);
        return {
          '@type': 'Event',
          name: item.title,
          description: item.summary,
          startDate: item.startsAt,
          endDate: item.endsAt,
          inLanguage: item.language,
          eventStatus: `https://schema.org/${item.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
          eventAttendanceMode: attendanceMode(location, Boolean(item.onlineUrl)),
          location,
          ...(item.registrationUrl ? { url: item.registrationUrl } : {}),
          organizer: { '@type': 'Organization', name: item.organiser.name, url: item.organiser.website ?? undefined },
        };
      }),
    );
  }

  protected emptyText(strings: Strings): string {
    return strings.emptyEvents;
  }

  protected renderListing({ items }: EventsListing, context: ListingContext): TemplateResult {
    return html`<ul part="list" class="list" aria-label=${context.strings.events}>
      ${items.map((item) => html`<li>${this.#renderItem(item, context)}</li>`)}
    </ul>`;
  }

  #renderItem(item: EventNode, { language, strings, layout, headingLevel }: ListingContext): TemplateResult {
    const zone = item.organiser.timeZone;
    const place = item.onlineUrl && !item.placeName ? strings.online : placeText(item);
    const leaf = dayAndMonth(item.startsAt, language, zone);
    return html`<article part="item" class="item event">
      ${
        layout === 'compact'
          ? nothing
          : html`<p part="date" class="date" aria-hidden="true"><span class="day">${leaf.day}</span>${leaf.month}</p>`
      }
      ${heading(headingLevel, item.title, item.language)}
      <p part="meta" class="meta">
        ${time(item.startsAt, formatRange(item.startsAt, item.endsAt, language, zone))}${place ? ` · ${place}` : nothing}
        ${item.cancelled ? html` · <strong part="badge">${strings.cancelled}</strong>` : nothing}
      </p>
      ${layout === 'compact' ? nothing : html`<p part="summary" class="summary" lang=${item.language}>${item.summary}</p>`}
      ${
        item.cancelled || !item.registrationUrl
          ? nothing
          : html`<p class="meta">${registration(item, item.title, language, strings, zone)}</p>`
      }
    </article>`;
  }
}
