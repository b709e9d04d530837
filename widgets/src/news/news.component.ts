import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import { limitOf } from '../shared/attributes.js';
import { newsFeedUrl } from '../shared/feeds.js';
import { readFilters } from '../shared/filters.js';
import { heading, time } from '../shared/heading.js';
import { itemList } from '../shared/json-ld.js';
import { listingStyles } from '../shared/listing.styles.js';
import type { GraphqlRequest, Listing, ListingContext } from '../shared/listing-context.js';
import { ListingElement } from '../shared/listing-element.js';
import { richText } from '../shared/rich-text.js';
import { webUrl } from '../shared/web-url.js';
import { type NewsAnswer, type NewsNode, newsRequest } from './news.query.js';
import { newsStyles } from './news.styles.js';

interface NewsListing extends Listing {
  items: NewsNode[];
}

/**
 * @summary The latest news of one or several federations, newest first.
 *
 * @slot - Fallback shown before the script runs and beside the error message, e.g. a link to the news page.
 *
 * @csspart item - Each news item (an `<article>`).
 * @csspart title - The item's heading.
 * @csspart meta - The date and publisher line.
 * @csspart summary - The item's summary.
 * @csspart image - The item's first image (cards layout).
 * @csspart details - The "Read more" disclosure with the full text.
 * @csspart body - The full, sanitised text.
 * @csspart subscribe - The link to the matching RSS feed.
 * @csspart status - The loading, empty and error states (also `loading`, `empty`, `error`).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --samverka-color-accent - Links and the retry button (default #0b57d0; #a8c7fa in dark mode).
 * @cssproperty --samverka-color-on-accent - Text on the accent colour.
 * @cssproperty --samverka-color-text - Text (default: inherited from the host page).
 * @cssproperty --samverka-color-surface - Card background (default transparent).
 * @cssproperty --samverka-color-border - Separators and card borders.
 * @cssproperty --samverka-color-focus - The focus ring (default: the accent).
 * @cssproperty --samverka-space - The space between items (default 1rem).
 * @cssproperty --samverka-radius - Corner radius of cards and buttons (default 0.375rem).
 */
export class SamverkaNews extends ListingElement<NewsListing> {
  static override styles = [listingStyles, newsStyles];
  static override properties = { ...ListingElement.properties, items: { attribute: false } };

  /**
   * Items to show as they are, without asking the hub (the newsroom's preview of a draft); the
   * attributes that filter a listing are then ignored. A property only, never an attribute.
   */
  declare items: NewsNode[] | undefined;

  readonly #bodies = new WeakMap<NewsNode, { level: number; node: HTMLElement }>();

  protected override givenListing(): NewsListing | undefined {
    return this.items ? { ids: this.items.map((item) => item.id), items: this.items } : undefined;
  }

  protected buildRequest({ language }: ListingContext): GraphqlRequest {
    return newsRequest(readFilters(this), limitOf(this.limit, 5), language);
  }

  protected toListing(data: unknown, { endpoint }: ListingContext): NewsListing {
    const answer = data as NewsAnswer;
    const items = answer.news.edges.map((edge) => edge.node);
    return {
      ids: items.map((item) => item.id),
      items,
      subscribeUrl: newsFeedUrl(answer.feedSource?.feeds, endpoint, readFilters(this)),
    };
  }

  protected jsonLd({ items }: NewsListing): object {
    return itemList(
      items.map((item) => ({
        '@type': 'NewsArticle',
        headline: item.title,
        description: item.summary,
        datePublished: item.publishedAt,
        dateModified: item.updatedAt,
        inLanguage: item.language,
        ...(item.sourceUrl ? { url: item.sourceUrl } : {}),
        ...(item.images.length ? { image: item.images.map((image) => image.url) } : {}),
        keywords: item.topics.map((topic) => topic.name).join(', ') || undefined,
        publisher: { '@type': 'Organization', name: item.publisher.name, url: item.publisher.website ?? undefined },
      })),
    );
  }

  protected emptyText(strings: Strings): string {
    return strings.emptyNews;
  }

  protected override subscribeText(strings: Strings): string {
    return strings.subscribeFeed;
  }

  protected renderListing({ items }: NewsListing, context: ListingContext): TemplateResult {
    return html`<ul part="list" class="list" aria-label=${context.strings.news}>
      ${items.map((item) => html`<li>${this.#renderItem(item, context)}</li>`)}
    </ul>`;
  }

  #renderItem(item: NewsNode, { language, strings, layout, headingLevel }: ListingContext): TemplateResult {
    const source = webUrl(item.sourceUrl);
    const title = source ? html`<a href=${source}>${item.title}</a>` : item.title;
    const image = layout === 'cards' ? item.images.find((each) => webUrl(each.url)) : undefined;
    return html`<article part="item" class="item">
      ${image ? html`<img part="image" class="image" src=${image.url} alt=${image.alt} loading="lazy" @error=${hideImage} />` : nothing}
      ${heading(headingLevel, title, item.language)}
      <p part="meta" class="meta">
        ${time(item.publishedAt, formatDate(item.publishedAt, language, item.publisher.timeZone))}
        · ${item.publisher.name}
      </p>
      ${layout === 'compact' ? nothing : html`<p part="summary" class="summary" lang=${item.language}>${item.summary}</p>`}
      ${layout === 'compact' || !item.body ? nothing : this.#renderBody(item, strings, headingLevel)}
    </article>`;
  }

  #renderBody(item: NewsNode, strings: Strings, headingLevel: number): TemplateResult {
    let body = this.#bodies.get(item);
    if (!body || body.level !== headingLevel) {
      const node = document.createElement('div');
      node.className = 'body';
      node.setAttribute('part', 'body');
      node.lang = item.language;
      node.append(richText(item.body, headingLevel));
      body = { level: headingLevel, node };
      this.#bodies.set(item, body);
    }
    return html`<details part="details">
      <summary>${strings.readMore}<span class="visually-hidden">: ${item.title}</span></summary>
      ${body.node}
    </details>`;
  }
}

/** A picture that cannot load is left out, not shown as a broken frame. */
function hideImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}
