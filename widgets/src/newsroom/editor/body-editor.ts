// The rich-text editor proper (Tiptap on ProseMirror), most of the newsroom's weight: its own chunk,
// imported by <newsroom-rich-text> when the first editor renders, so the login page and lists skip it.
import { Editor } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';

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

export interface BodyEditorOptions {
  /** Where the editable text goes: an empty element. */
  element: HTMLElement;
  content: string;
  /** The id of the element that names the field. */
  labelledBy: string;
  /** The text changed; its HTML, '' when empty. */
  onInput(html: string): void;
  /** Anything changed, the selection included: the toolbar's pressed states follow. */
  onChange(): void;
}

export function createBodyEditor({ element, content, labelledBy, onInput, onChange }: BodyEditorOptions): Editor {
  return new Editor({
    element,
    extensions: EXTENSIONS,
    content,
    // The page's CSP allows no inline <style>; our own styles cover what Tiptap would inject.
    injectCSS: false,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelledBy, id: 'body' },
    },
    onUpdate: ({ editor }) => onInput(editor.isEmpty ? '' : editor.getHTML()),
    onTransaction: onChange,
  });
}
