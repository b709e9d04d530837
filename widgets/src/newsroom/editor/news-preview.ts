import { html, type TemplateResult } from 'lit';
import type { NewsNode } from '../../news/news.query.js';
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
  declare federation: string;

  // The preview is beside the form; the editor's heading keeps the focus.
  protected override focusHeading(): void {}

  #node(): NewsNode {
    const grant = this.ctx.viewer.roles.find((each) => each.federation.slug === this.federation);
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
        name: grant?.federation.name ?? this.federation,
        timeZone: grant?.federation.timeZone ?? 'Europe/Stockholm',
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
