import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { queryUrl, sharedClient } from '../client/graphql-client.js';
import { fill, type Strings } from '../i18n/strings.js';
import { writeJsonLd } from './json-ld.js';
import { observeLanguage, unobserveLanguage } from './language-observer.js';
import { type GraphqlRequest, type Listing, type ListingContext, listingContext } from './listing-context.js';
import { RefreshController } from './refresh-controller.js';
import { renderStatus } from './states.js';

type Status = 'loading' | 'error' | 'ready';

/**
 * The attributes, data and states every Samverka listing shares; a widget adds its query and markup.
 */
export abstract class ListingElement<L extends Listing> extends LitElement {
  static override properties = {
    federation: { type: String },
    municipality: { type: String },
    topic: { type: String },
    limit: { type: Number },
    lang: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    refresh: { type: Number },
    endpoint: { type: String },
    status: { state: true },
    busy: { state: true },
    listing: { state: true },
    announcement: { state: true },
  };

  /** Federation slugs, separated by spaces or commas; every federation when left out. */
  declare federation: string | null;
  /** A municipality code (`1262`, `NO-1860`): only what concerns that municipality. */
  declare municipality: string | null;
  /** Topic slugs, separated by spaces or commas. */
  declare topic: string | null;
  /** How many items to show: 1–50 (courses 30). */
  declare limit: number | null;
  /** `sv`, `nb` or `en`; by default the host page's `<html lang>`. */
  declare lang: string;
  /** `list`, `cards` or `compact`. */
  declare layout: string | null;
  /** The level of the items' headings, 2–6 (3 by default). */
  declare headingLevel: number | null;
  /** Seconds between refreshes; none when left out. */
  declare refresh: number | null;
  /** The hub's address; by default the origin the script was loaded from. */
  declare endpoint: string | null;

  declare protected status: Status;
  /** A new listing is on its way; the one shown stays until it comes (no flash of the loading state). */
  declare protected busy: boolean;
  declare protected listing: L | undefined;
  declare protected announcement: string;

  #requestKey = '';
  /** The answer the listing was made from; a refresh that brings the same object changed nothing. */
  #data: unknown;
  readonly #refresher = new RefreshController(this, () => void this.#refresh());

  constructor() {
    super();
    this.status = 'loading';
    this.busy = false;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    observeLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLanguage(this);
  }

  protected override willUpdate(): void {
    const given = this.givenListing(this.context());
    if (given) {
      // Items handed over by the page (the newsroom's preview): no request at all.
      this.#requestKey = '';
      this.listing = given;
      this.status = 'ready';
      this.busy = false;
      return;
    }
    const request = this.buildRequest(this.context());
    const key = queryUrl(this.context().endpoint, request.query, request.variables);
    if (key !== this.#requestKey) {
      this.#requestKey = key;
      void this.#load(request, key);
    }
  }

  protected override updated(): void {
    if (this.status !== 'ready' || !this.listing) return;
    writeJsonLd(this, this.listing.ids.length ? this.jsonLd(this.listing, this.context()) : null);
  }

  /** A listing the page gave the element instead of one to fetch; none by default. */
  protected givenListing(_context: ListingContext): L | undefined {
    return undefined;
  }

  /** The query for the current attributes. */
  protected abstract buildRequest(context: ListingContext): GraphqlRequest;

  /** The answer, shaped for rendering. */
  protected abstract toListing(data: unknown, context: ListingContext): L;

  /** schema.org data for the items, or null for none. */
  protected abstract jsonLd(listing: L, context: ListingContext): object | null;

  protected abstract renderListing(listing: L, context: ListingContext): TemplateResult;

  /** The text shown when there is nothing to list. */
  protected abstract emptyText(strings: Strings): string;

  /** The text of the link to the listing's feed or calendar. */
  protected subscribeText(strings: Strings): string {
    return strings.subscribeCalendar;
  }

  protected context(): ListingContext {
    return listingContext(this);
  }

  async #load(request: GraphqlRequest, key: string): Promise<void> {
    if (this.status === 'ready') this.busy = true;
    else this.status = 'loading';
    try {
      const data = await sharedClient().query(this.context().endpoint, request.query, request.variables);
      if (key !== this.#requestKey) return;
      this.#data = data;
      this.listing = this.toListing(data, this.context());
      this.status = 'ready';
      this.busy = false;
    } catch (error) {
      if (key !== this.#requestKey) return;
      this.status = 'error';
      this.busy = false;
      // For the editor who set the attributes: the reader sees the error state, the console says why.
      console.warn(`<${this.localName}> could not load its listing: ${(error as Error).message}`);
    }
  }

  async #refresh(): Promise<void> {
    if (this.status === 'loading') return;
    const key = this.#requestKey;
    const request = this.buildRequest(this.context());
    // Another widget with the same listing may have asked within half our interval: that answer will do.
    const maxAgeMs = this.#refresher.seconds * 500;
    try {
      const data = await sharedClient().refresh(this.context().endpoint, request.query, request.variables, maxAgeMs);
      if (key !== this.#requestKey || (data === this.#data && this.status === 'ready')) return;
      this.#data = data;
      const before = new Set(this.listing?.ids ?? []);
      this.listing = this.toListing(data, this.context());
      const added = this.listing.ids.filter((id) => !before.has(id)).length;
      if (added > 0 && this.status === 'ready') this.announcement = fill(this.context().strings.updated, added);
      this.status = 'ready';
    } catch {
      // A failed refresh keeps the listing the reader has; the next tick tries again.
    }
  }

  #retry = (): void => {
    const request = this.buildRequest(this.context());
    void this.#load(request, this.#requestKey);
  };

  override render(): TemplateResult {
    const context = this.context();
    const { strings } = context;
    let content: unknown;
    if (this.status === 'ready' && this.listing) {
      const { ids, subscribeUrl } = this.listing;
      content = html`${ids.length ? this.renderListing(this.listing, context) : renderStatus('empty', this.emptyText(strings))}
      ${subscribeUrl ? html`<a part="subscribe" class="subscribe" href=${subscribeUrl}>${this.subscribeText(strings)}</a>` : nothing}`;
    } else if (this.status === 'error') {
      content = renderStatus('error', strings.error, strings.retry, this.#retry);
    } else {
      content = renderStatus('loading', strings.loading);
    }
    // The UI's language, marked: it may differ from the host page's (a Nynorsk page reads Bokmål).
    return html`<div lang=${context.language} aria-busy=${this.busy ? 'true' : nothing}>
      ${content}
      <div class="visually-hidden" role="status">${this.announcement || nothing}</div>
    </div>`;
  }
}
