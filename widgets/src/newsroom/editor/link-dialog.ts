import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';
import { newsroomStyles } from '../styles.js';
import { checkLinkAddress } from './link-address.js';

/** What the person chose: a link to this address, no link, or (undefined) to leave the text as it was. */
export type LinkChoice = { action: 'insert'; href: string } | { action: 'remove' };

/**
 * @summary The rich-text editor's link dialog: a modal with the link's address, checked before it is
 * inserted the way the hub's sanitiser checks it. Escape or Cancel closes it and changes nothing.
 */
export class NewsroomLinkDialog extends LitElement {
  static override styles = [
    newsroomStyles,
    css`
      dialog { border: 1px solid #8a94a3; border-radius: 0.5rem; padding: 1.25rem; width: min(34rem, 90vw); }
      dialog::backdrop { background: rgb(0 0 0 / 0.4); }
      h2 { margin: 0 0 1rem; font-size: 1.2rem; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    `,
  ];
  static override properties = {
    strings: { attribute: false },
    error: { state: true },
    linked: { state: true },
  };

  declare strings: Strings;
  declare error: string;
  /** Whether the text already is a link, so that it can be removed. */
  declare linked: boolean;
  #answer: ((choice: LinkChoice | undefined) => void) | undefined;

  constructor() {
    super();
    this.error = '';
    this.linked = false;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  #finish(choice: LinkChoice | undefined): void {
    const answer = this.#answer;
    this.#answer = undefined;
    if (this.#dialog?.open) this.#dialog.close();
    answer?.(choice);
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const raw = this.#input?.value ?? '';
    const href = checkLinkAddress(raw);
    if (href === undefined) {
      this.error = raw.trim() === '' ? this.strings.linkAddressMissing : this.strings.linkAddressInvalid;
      this.#input?.focus();
      return;
    }
    this.#finish({ action: 'insert', href });
  }

  /** Opens the dialog with the current address ('' for none); resolves when it closes. */
  async ask(href: string): Promise<LinkChoice | undefined> {
    this.#finish(undefined);
    this.error = '';
    this.linked = href !== '';
    await this.updateComplete;
    const dialog = this.#dialog;
    const input = this.#input;
    if (!dialog || !input) return undefined;
    input.value = href || 'https://';
    const choice = new Promise<LinkChoice | undefined>((resolve) => {
      this.#answer = resolve;
    });
    dialog.showModal();
    input.focus();
    input.select();
    return choice;
  }

  override render(): TemplateResult {
    const { strings, error } = this;
    return html`<dialog aria-labelledby="link-title" @close=${() => this.#finish(undefined)}>
      <form novalidate @submit=${this.#submit}>
        <h2 id="link-title">${strings.linkDialogTitle}</h2>
        <div class="field">
          <label for="link-href">${strings.linkAddress}</label>
          <input id="link-href" type="url" autocomplete="url" spellcheck="false"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'link-hint link-error' : 'link-hint'} />
          ${error ? html`<p class="error" id="link-error">${error}</p>` : nothing}
          <p class="hint" id="link-hint">${strings.linkAddressHint}</p>
        </div>
        <div class="actions">
          <button type="submit" class="primary">${strings.linkInsert}</button>
          ${
            this.linked
              ? html`<button type="button" @click=${() => this.#finish({ action: 'remove' })}>${strings.linkRemove}</button>`
              : nothing
          }
          <button type="button" @click=${() => this.#finish(undefined)}>${strings.linkCancel}</button>
        </div>
      </form>
    </dialog>`;
  }
}
