import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { MUNICIPALITY_SEARCH, municipalityKey } from '../api/news-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { fill } from '../i18n/language.js';
import { newsroomStyles } from '../styles.js';

interface Found {
  code: string;
  name: string;
  country: string;
  countyName: string;
}

export type Mentioned = Array<{ code: string; name: string }>;

/**
 * @summary Municipalities by search on name or code: the ones a news item mentions, the ones a
 * course is open to, or (with `single`) the one an event or a session is held in.
 * @event newsroom-municipalities-change - `detail` is the new list (at most one with `single`).
 */
export class NewsroomMunicipalityPicker extends LitElement {
  static override styles = [newsroomStyles];
  static override properties = {
    ctx: { attribute: false },
    selected: { attribute: false },
    legend: { attribute: false },
    hint: { attribute: false },
    single: { type: Boolean },
    error: { attribute: false },
    found: { state: true },
  };

  declare ctx: NewsroomContext;
  declare selected: Mentioned;
  /** The group's name; "Mentioned municipalities" when not given. */
  declare legend: string | undefined;
  /** What choosing none means, or how to choose. */
  declare hint: string | undefined;
  /** At most one municipality: choosing another replaces it. */
  declare single: boolean;
  /** The API's problem with the choice, shown in the group and tied to the search field. */
  declare error: string | undefined;
  declare private found: Found[];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.selected = [];
    this.single = false;
    this.found = [];
  }

  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('#municipality-search')?.focus();
  }

  #search(event: Event): void {
    const search = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.#timer);
    if (!search) {
      this.found = [];
      return;
    }
    this.#timer = setTimeout(async () => {
      const answer = await this.ctx
        .api<{ municipalities: { edges: Array<{ node: Found }> } }>(MUNICIPALITY_SEARCH, { search })
        .catch(() => ({ municipalities: { edges: [] } }));
      this.found = answer.municipalities.edges.map((edge) => edge.node);
    }, 250);
  }

  #change(selected: Mentioned): void {
    this.selected = selected;
    this.dispatchEvent(
      new CustomEvent('newsroom-municipalities-change', { detail: selected, bubbles: true, composed: true }),
    );
  }

  #choose(found: Found): void {
    const chosen = { code: municipalityKey(found.code, found.country), name: found.name };
    this.#change(this.single ? [chosen] : [...this.selected, chosen]);
    if (this.single) this.found = [];
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const chosen = new Set(this.selected.map((each) => each.code));
    const described = [this.hint ? 'municipality-hint' : '', this.error ? 'municipality-error' : '']
      .filter(Boolean)
      .join(' ');
    return html`<fieldset>
      <legend>${this.legend ?? strings.municipalities}</legend>
      ${this.hint ? html`<p class="hint" id="municipality-hint">${this.hint}</p>` : nothing}
      ${
        this.selected.length
          ? html`<ul class="list">
            ${this.selected.map(
              (each) => html`<li>${each.name} <span class="meta">${each.code}</span>
                <button type="button" @click=${() => this.#change(this.selected.filter((other) => other.code !== each.code))}>
                  ${fill(strings.remove, each.name)}</button></li>`,
            )}
          </ul>`
          : nothing
      }
      <div class="field">
        <label for="municipality-search">${strings.municipalitySearch}</label>
        <input id="municipality-search" type="search" autocomplete="off" @input=${this.#search}
          aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${described || nothing} />
        ${this.error ? html`<p class="error" id="municipality-error">${this.error}</p>` : nothing}
      </div>
      ${
        this.found.length
          ? html`<ul class="list" aria-live="polite">
            ${this.found
              .filter((each) => !chosen.has(municipalityKey(each.code, each.country)))
              .map(
                (each) => html`<li><button type="button" @click=${() => this.#choose(each)}>
                  ${fill(this.single ? strings.choose : strings.add, `${each.name} (${each.code}, ${each.countyName})`)}</button></li>`,
              )}
          </ul>`
          : nothing
      }
    </fieldset>`;
  }
}
