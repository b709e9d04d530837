import { html, type TemplateResult } from 'lit';
import type { NewsNode } from '../../news/news.query.js';
import type { FederationChoice } from '../api/federation-queries.js';
import type { EditableNews, NewsDraft } from '../api/news-queries.js';
import { NewsroomView } from '../views/view.js';

/**
 * @summary The draft as the `samverka-news` widget shows it on a municipality's page: the widget
 * itself, handed the item through its `items` property instead of asking the hub.
 */
export class NewsroomNewsPreview extends NewsroomView {
  static override properties = {
    ...NewsroomView.properties,
    draft: { attribute: false },
    item: { attribute: false },
    federation: { attribute: false },
  };

  declare draft: NewsDraft;
  declare item: EditableNews | undefined;
  /** The federation a new item is written in. */
  declare federation: FederationChoice | undefined;

  // The preview is beside the form; the editor's heading keeps the focus.
  protected override focusHeading(): void {}

  #node(): NewsNode {
    const now = new Date().toISOString();
    return {
      id: this.item?.id ?? 'preview',
      title: this.draft.title,
      summary: this.draft.summary,
      body: this.draft.body,
      publishedAt: this.item?.publishedAt ?? this.item?.scheduledFor ?? now,
      updatedAt: this.item?.updatedAt ?? now,
      language: this.draft.language,
      sourceUrl: null,
      images: this.draft.images.map(({ url, alt }) => ({ url, alt })),
      publisher: this.item?.publisher ?? {
        name: this.federation?.name ?? '',
        timeZone: this.federation?.timeZone ?? 'Europe/Stockholm',
        website: null,
      },
      topics: [],
    };
  }

  override render(): TemplateResult {
    const { strings, language } = this.ctx;
    return html`<section class="card" aria-labelledby="preview-title">
      <h2 id="preview-title">${strings.preview}</h2>
      <p class="hint">${strings.previewIntro}</p>
      <samverka-news lang=${language === 'en' ? 'en' : 'sv'} layout="cards" heading-level="3" .items=${[this.#node()]}></samverka-news>
    </section>`;
  }
}
