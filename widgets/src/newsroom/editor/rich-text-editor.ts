import type { Editor } from '@tiptap/core';
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { ChunkLoad } from '../chunk-load.js';
import type { Strings } from '../i18n/en.js';
import { newsroomStyles } from '../styles.js';
import type { NewsroomLinkDialog } from './link-dialog.js';

/**
 * @summary The news body: a Tiptap (ProseMirror) editor with a small toolbar, labelled like a field.
 * Tiptap comes in its own chunk (body-editor.ts), fetched when the first editor renders.
 * @event newsroom-body-input - The body changed; `detail` is its HTML ('' when empty).
 */
export class NewsroomRichText extends LitElement {
  static override styles = [
    newsroomStyles,
    css`
      .toolbar { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-bottom: 0.25rem; }
      .toolbar button { padding: 0.25rem 0.6rem; font-size: 0.9rem; }
      .toolbar button[aria-pressed='true'] { background: var(--nr-accent); color: var(--nr-accent-ink); }
      .surface { border: 1px solid #8a94a3; border-radius: 0.375rem; background: var(--nr-surface); }
      .surface:empty { display: none; }
      .ProseMirror { min-height: 12rem; padding: 0.5rem 0.75rem; white-space: pre-wrap; word-wrap: break-word; outline: none; }
      .surface:focus-within { outline: 3px solid #f2a900; outline-offset: 2px; }
      .ProseMirror p { margin: 0 0 0.75rem; }
      .pending { min-height: 12rem; margin: 0; padding: 0.5rem 0.75rem; border: 1px dashed #8a94a3; border-radius: 0.375rem; }
    `,
  ];
  static override properties = {
    strings: { attribute: false },
    value: { attribute: false },
    label: { attribute: false },
  };

  declare strings: Strings;
  /** The body's HTML; setting it from outside replaces the content (a restore, a conflict choice). */
  declare value: string;
  /** The field's name; the news body's when not given. */
  declare label: string | undefined;
  #editor: Editor | undefined;
  #chunk = new ChunkLoad(this);

  constructor() {
    super();
    this.value = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: the editor went with the disconnect, so it starts again.
    if (this.hasUpdated) void this.#start();
  }

  override firstUpdated(): void {
    void this.#start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const editor = this.#editor;
    if (!editor || !changed.has('value')) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (current !== this.value) editor.commands.setContent(this.value, { emitUpdate: false });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#editor?.destroy();
    this.#editor = undefined;
  }

  async #start(): Promise<void> {
    if (this.#editor) return;
    const chunk = await this.#chunk.load(() => import('./body-editor.js'));
    if (!chunk) return;
    const surface = this.renderRoot.querySelector<HTMLElement>('.surface');
    if (!surface || !this.isConnected || this.#editor) return;
    this.#editor = chunk.createBodyEditor({
      element: surface,
      content: this.value,
      labelledBy: 'body-label',
      onInput: (value) => {
        this.value = value;
        this.dispatchEvent(new CustomEvent('newsroom-body-input', { detail: value, bubbles: true, composed: true }));
      },
      onChange: () => this.requestUpdate(),
    });
    this.requestUpdate();
  }

  /** The current HTML, exactly as a save will send it. */
  html(): string {
    if (!this.#editor) return this.value;
    return this.#editor.isEmpty ? '' : this.#editor.getHTML();
  }

  async #link(editor: Editor): Promise<void> {
    const dialog = this.renderRoot.querySelector<NewsroomLinkDialog>('newsroom-link-dialog');
    if (!dialog) return;
    const choice = await dialog.ask(editor.getAttributes('link').href ?? '');
    // Back to the text in every case, where the caret or the selection was.
    const chain = editor.chain().focus();
    if (choice?.action === 'remove') chain.extendMarkRange('link').unsetLink().run();
    else if (choice?.action === 'insert' && editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address becomes the link's text.
      chain
        .insertContent({ type: 'text', text: choice.href, marks: [{ type: 'link', attrs: { href: choice.href } }] })
        .run();
    } else if (choice?.action === 'insert') chain.extendMarkRange('link').setLink({ href: choice.href }).run();
    else chain.run();
  }

  #button(label: string, active: boolean, run: (editor: Editor) => void): TemplateResult {
    // Pressing a tool keeps the caret in the text, so typing goes on where it was.
    return html`<button type="button" aria-pressed=${active ? 'true' : 'false'} ?disabled=${!this.#editor}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this.#editor && run(this.#editor)}>${label}</button>`;
  }

  override render(): TemplateResult {
    const { strings } = this;
    const is = (name: string, attributes?: Record<string, unknown>) =>
      this.#editor?.isActive(name, attributes) ?? false;
    return html`<div class="field wide">
      <span class="label" id="body-label">${this.label ?? strings.body}</span>
      <div class="toolbar" role="toolbar" aria-label=${strings.bodyToolbar}>
        ${this.#button(strings.bold, is('bold'), (editor) => editor.chain().focus().toggleBold().run())}
        ${this.#button(strings.italic, is('italic'), (editor) => editor.chain().focus().toggleItalic().run())}
        ${this.#button(strings.heading, is('heading', { level: 2 }), (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run())}
        ${this.#button(strings.bulletList, is('bulletList'), (editor) => editor.chain().focus().toggleBulletList().run())}
        ${this.#button(strings.numberedList, is('orderedList'), (editor) => editor.chain().focus().toggleOrderedList().run())}
        ${this.#button(strings.quote, is('blockquote'), (editor) => editor.chain().focus().toggleBlockquote().run())}
        ${this.#button(strings.link, is('link'), (editor) => void this.#link(editor))}
      </div>
      ${this.#chunk.render(
        { loading: strings.editorLoading, failed: strings.editorLoadFailed, retry: strings.editorRetry },
        () => void this.#start(),
        'pending',
      )}
      <div class="surface"></div>
      <newsroom-link-dialog .strings=${strings}></newsroom-link-dialog>
    </div>`;
  }
}
