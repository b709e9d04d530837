import { html, nothing, type TemplateResult } from 'lit';
import { formatPrice, formatRange } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import { limitOf } from '../shared/attributes.js';
import { calendarUrl } from '../shared/feeds.js';
import { readFilters } from '../shared/filters.js';
import { heading, time } from '../shared/heading.js';
import { itemList } from '../shared/json-ld.js';
import { listingStyles } from '../shared/listing.styles.js';
import type { GraphqlRequest, Listing, ListingContext } from '../shared/listing-context.js';
import { ListingElement } from '../shared/listing-element.js';
import { placeJsonLd, placeText } from '../shared/place.js';
import { registration } from '../shared/registration.js';
import {
  type CourseFormat,
  type CourseNode,
  type CourseSessionNode,
  type CoursesAnswer,
  coursesRequest,
} from './courses.query.js';
import { coursesStyles } from './courses.styles.js';

interface CoursesListing extends Listing {
  items: CourseNode[];
}

const FORMAT_TEXT: Record<CourseFormat, keyof Strings> = {
  DIGITAL: 'digital',
  ON_SITE: 'onSite',
  BLENDED: 'blended',
  SELF_PACED: 'selfPaced',
};
const COURSE_MODE: Record<CourseFormat, string> = {
  DIGITAL: 'online',
  ON_SITE: 'onsite',
  BLENDED: 'blended',
  SELF_PACED: 'online',
};

/**
 * @summary Training offers of one or several federations, with their upcoming sessions.
 *
 * @slot - Fallback shown before the script runs and beside the error message, e.g. a link to the course page.
 *
 * @csspart list - The list of courses.
 * @csspart item - Each course (an `<article>`).
 * @csspart title - The course's heading.
 * @csspart meta - Format, provider and price.
 * @csspart summary - The course's summary.
 * @csspart sessions - The list of upcoming sessions.
 * @csspart session - One session: time, place and registration.
 * @csspart register - A session's registration link.
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
export class SamverkaCourses extends ListingElement<CoursesListing> {
  static override styles = [listingStyles, coursesStyles];

  protected buildRequest(): GraphqlRequest {
    return coursesRequest(readFilters(this), limitOf(this.limit, 5, 30));
  }

  protected toListing(data: unknown, { endpoint }: ListingContext): CoursesListing {
    const answer = data as CoursesAnswer;
    const items = answer.courses.edges.map((edge) => edge.node);
    return {
      ids: items.map((item) => item.id),
      items,
      subscribeUrl: calendarUrl(answer.feedSource?.feeds, endpoint, readFilters(this)),
    };
  }

  protected jsonLd({ items }: CoursesListing): object {
    return itemList(
      items.map((course) => ({
        '@type': 'Course',
        name: course.title,
        description: course.summary,
        inLanguage: course.language,
        provider: { '@type': 'Organization', name: course.provider.name, url: course.provider.website ?? undefined },
        ...(course.price
          ? { offers: { '@type': 'Offer', price: course.price.amount, priceCurrency: course.price.currency } }
          : {}),
        hasCourseInstance: course.sessions
          .filter((session) => !session.cancelled)
          .map((session) => ({
            '@type': 'CourseInstance',
            courseMode: COURSE_MODE[course.format],
            startDate: session.startsAt,
            endDate: session.endsAt,
            location: placeJsonLd(session),
            ...(session.registrationUrl ? { url: session.registrationUrl } : {}),
          })),
      })),
    );
  }

  protected emptyText(strings: Strings): string {
    return strings.emptyCourses;
  }

  protected renderListing({ items }: CoursesListing, context: ListingContext): TemplateResult {
    return html`<ul part="list" class="list" aria-label=${context.strings.courses}>
      ${items.map((item) => html`<li>${this.#renderCourse(item, context)}</li>`)}
    </ul>`;
  }

  #renderCourse(course: CourseNode, context: ListingContext): TemplateResult {
    const { language, strings, layout, headingLevel } = context;
    const price = course.price
      ? course.price.amount === 0
        ? strings.free
        : formatPrice(course.price.amount, course.price.currency, language)
      : null;
    const meta = [strings[FORMAT_TEXT[course.format]], course.provider.name, price].filter(Boolean).join(' · ');
    const sessions = layout === 'compact' ? course.sessions.slice(0, 1) : course.sessions;
    return html`<article part="item" class="item">
      ${heading(headingLevel, course.title, course.language)}
      <p part="meta" class="meta">${meta}</p>
      ${layout === 'compact' ? nothing : html`<p part="summary" class="summary" lang=${course.language}>${course.summary}</p>`}
      ${
        sessions.length
          ? html`<ul part="sessions" class="sessions" aria-label=${`${strings.sessions}: ${course.title}`}>
            ${sessions.map((session) => this.#renderSession(course, session, context))}
          </ul>`
          : course.format === 'SELF_PACED'
            ? nothing
            : html`<p class="meta">${strings.noSessions}</p>`
      }
    </article>`;
  }

  #renderSession(
    course: CourseNode,
    session: CourseSessionNode,
    { language, strings }: ListingContext,
  ): TemplateResult {
    const zone = course.provider.timeZone;
    const place = session.onlineUrl && !session.placeName ? strings.online : placeText(session);
    const when = formatRange(session.startsAt, session.endsAt, language, zone);
    return html`<li part="session" class="session">
      ${time(session.startsAt, when)}${place ? ` · ${place}` : nothing}
      ${
        session.cancelled
          ? html` · <strong part="badge">${strings.cancelled}</strong>`
          : session.registrationUrl
            ? html` · ${registration(session, `${course.title}, ${when}`, language, strings, zone)}`
            : nothing
      }
    </li>`;
  }
}
