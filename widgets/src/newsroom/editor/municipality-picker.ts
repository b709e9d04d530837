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
 * @summary The municipalities a news item mentions: search by name or code, add, remove.
 * With `single`, a choice replaces the one before (a membership names one municipality).
 * @event newsroom-municipalities-change - `detail` is the new list.
 */
export class NewsroomMunicipalityPicker extends LitElement {
  static override styles = [newsroomStyles];
  static override properties = {
    ctx: { attribute: false },
    selected: { attribute: false },
    single: { type: Boolean },
    legend: { attribute: false },
    error: { attribute: false },
    found: { state: true },
  };

  declare ctx: NewsroomContext;
  declare selected: Mentioned;
  declare single: boolean;
  /** The fieldset's legend; "Municipalities" when not given. */
  declare legend: string;
  /** A message about the choice, shown below the search field and tied to it. */
  declare error: string;
  declare private found: Found[];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.selected = [];
    this.single = false;
    this.legend = '';
    this.error = '';
    this.found = [];
  }

  /** Focus goes to the search field, e.g. when the choice is the first error of a form. */
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

  #pick(municipality: Mentioned[number]): void {
    this.#change(this.single ? [municipality] : [...this.selected, municipality]);
    if (this.single) this.found = [];
  }

  override render(): TemplateResult {
    const { strings } = this.ctx;
    const chosen = new Set(this.selected.map((each) => each.code));
    return html`<fieldset>
      <legend>${this.legend || strings.municipalities}</legend>
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
          aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${this.error ? 'municipality-error' : nothing} />
        ${this.error ? html`<p class="error" id="municipality-error">${this.error}</p>` : nothing}
      </div>
      ${
        this.found.length
          ? html`<ul class="list" aria-live="polite">
            ${this.found
              .filter((each) => !chosen.has(municipalityKey(each.code, each.country)))
              .map(
                (each) => html`<li><button type="button"
                  @click=${() => this.#pick({ code: municipalityKey(each.code, each.country), name: each.name })}>
                  ${fill(this.single ? strings.choose : strings.add, `${each.name} (${each.code}, ${each.countyName})`)}</button></li>`,
              )}
          </ul>`
          : nothing
      }
    </fieldset>`;
  }
}
