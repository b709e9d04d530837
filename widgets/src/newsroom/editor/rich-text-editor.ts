import { Editor } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';
import { newsroomStyles } from '../styles.js';

/**
 * Only what the hub's sanitiser keeps (db/src/rich-text/allow-list.ts), written the way it writes it,
 * so a saved body comes back unchanged: h2–h4, paragraphs, lists, quotes, bold, italic, links.
 */
const SanitiserLink = Link.extend({
  renderHTML({ HTMLAttributes }) {
    return ['a', { href: HTMLAttributes.href, rel: 'noopener noreferrer' }, 0];
  },
}).configure({ openOnClick: false, autolink: true, protocols: ['mailto', 'tel'] });

const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: false,
  }),
  SanitiserLink,
];

/**
 * @summary The news body: a Tiptap (ProseMirror) editor with a small toolbar, labelled like a field.
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
      .ProseMirror { min-height: 12rem; padding: 0.5rem 0.75rem; white-space: pre-wrap; word-wrap: break-word; outline: none; }
      .surface:focus-within { outline: 3px solid #f2a900; outline-offset: 2px; }
      .ProseMirror p { margin: 0 0 0.75rem; }
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

  constructor() {
    super();
    this.value = '';
  }

  override firstUpdated(): void {
    const surface = this.renderRoot.querySelector<HTMLElement>('.surface');
    if (!surface) return;
    this.#editor = new Editor({
      element: surface,
      extensions: EXTENSIONS,
      content: this.value,
      // The page's CSP allows no inline <style>; our own styles cover what Tiptap would inject.
      injectCSS: false,
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'body-label', id: 'body' },
      },
      onUpdate: ({ editor }) => {
        this.value = editor.isEmpty ? '' : editor.getHTML();
        this.dispatchEvent(
          new CustomEvent('newsroom-body-input', { detail: this.value, bubbles: true, composed: true }),
        );
      },
      onTransaction: () => this.requestUpdate(),
    });
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

  /** The current HTML, exactly as a save will send it. */
  html(): string {
    return this.#editor && !this.#editor.isEmpty ? this.#editor.getHTML() : '';
  }

  #link(): void {
    const editor = this.#editor;
    if (!editor) return;
    const href = prompt(this.strings.linkPrompt, editor.getAttributes('link').href ?? 'https://');
    if (href === null) return;
    if (href.trim() === '') editor.chain().focus().unsetLink().run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
  }

  #button(label: string, active: boolean, run: (editor: Editor) => void): TemplateResult {
    // Pressing a tool keeps the caret in the text, so typing goes on where it was.
    return html`<button type="button" aria-pressed=${active ? 'true' : 'false'}
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
        ${this.#button(strings.link, is('link'), () => this.#link())}
      </div>
      <div class="surface"></div>
    </div>`;
  }
}
