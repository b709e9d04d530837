import { css, html, nothing, type TemplateResult } from 'lit';
import type { Named, Snapshot } from '../api/revision-queries.js';
import type { Strings } from '../i18n/en.js';
import { fill, formatTime, type NewsroomLanguage } from '../i18n/language.js';
import { LANGUAGE_NAMES } from './content-fields.js';
import { bodyText } from './plain-text.js';
import { wordDiff, wordDiffStyles } from './word-diff.js';

/** What a comparison is read in: the UI language and the federation's time zone. */
export interface CompareView {
  strings: Strings;
  language: NewsroomLanguage;
  timeZone: string | undefined;
}

/** One item of a list field; items with the same key are the same item, changed or not. */
export interface ListItem {
  key: string;
  text: string;
}

/**
 * A field as a comparison shows it: a text compared word by word (or, `whole`, a value such as a time
 * shown whole before and after), or a list whose items are added, removed or changed.
 */
export type Shown = { text: string; whole?: boolean } | { items: ListItem[] };

/** One row of a kind's comparison: its label (the form's, filled with the time zone) and how to read it. */
export interface CompareField {
  label: keyof Strings;
  read(snapshot: Snapshot, view: CompareView): Shown;
}

const textOf = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export const textField = (key: string, label: keyof Strings): CompareField => ({
  label,
  read: (snapshot) => ({ text: textOf(snapshot[key]) }),
});

/** Rich text, compared as the plain text a reader sees. */
export const richField = (key: string, label: keyof Strings): CompareField => ({
  label,
  read: (snapshot) => ({ text: bodyText(textOf(snapshot[key])) }),
});

export const timeField = (key: string, label: keyof Strings): CompareField => ({
  label,
  read: (snapshot, view) => ({
    text: snapshot[key] ? formatTime(textOf(snapshot[key]), view.language, view.timeZone) : '',
    whole: true,
  }),
});

export const languageField = (key: string, label: keyof Strings): CompareField => ({
  label,
  read: (snapshot) => ({ text: LANGUAGE_NAMES[textOf(snapshot[key])] ?? textOf(snapshot[key]), whole: true }),
});

/** A list; each item as `describe` tells it (by default its text, which is then also its key). */
export const listField = <Item>(
  key: string,
  label: keyof Strings,
  describe: (item: Item, view: CompareView) => ListItem = (item) => ({ key: textOf(item), text: textOf(item) }),
): CompareField => ({
  label,
  read: (snapshot, view) => ({
    items: ((snapshot[key] as Item[] | undefined) ?? []).map((item) => describe(item, view)),
  }),
});

/** Linked items as the history names them (topics, municipalities, courses): added or removed by name. */
export const namesField = (key: string, label: keyof Strings): CompareField => ({
  label,
  read: (snapshot) => ({
    items: ((snapshot[key] as Named[] | undefined) ?? []).map((named) => ({ key: named.key, text: named.name })),
  }),
});

/** One linked item (a municipality, a contact): its name before and after. */
export const nameField = (key: string, label: keyof Strings): CompareField => ({
  label,
  read: (snapshot) => ({ text: (snapshot[key] as Named | null | undefined)?.name ?? '', whole: true }),
});

export const compareStyles = [
  wordDiffStyles,
  css`
    .compared dt { font-weight: 600; margin-top: 0.5rem; }
    .compared dd { margin: 0 0 0 1rem; }
    .compared dd p { margin: 0.25rem 0; white-space: pre-wrap; }
    .compared ul { margin: 0.25rem 0; padding-left: 1.25rem; }
    .said { font-style: italic; }
  `,
];

function beforeAndAfter(before: string, after: string, strings: Strings, whole = false): TemplateResult {
  const marked = whole ? { before, after } : wordDiff(before, after, strings);
  return html`<p><span class="said">${strings.compareBefore}</span> ${before ? marked.before : strings.compareEmpty}</p>
    <p><span class="said">${strings.compareNow}</span> ${after ? marked.after : strings.compareEmpty}</p>`;
}

function listChanges(before: ListItem[], after: ListItem[], strings: Strings): TemplateResult[] {
  const was = new Map(before.map((item) => [item.key, item.text]));
  const is = new Map(after.map((item) => [item.key, item.text]));
  const removed = before.filter((item) => !is.has(item.key));
  return [
    ...removed.map(
      (item) => html`<li><span class="said">${strings.compareRemoved}</span> <del>${item.text}</del></li>`,
    ),
    ...after.flatMap((item) => {
      const then = was.get(item.key);
      if (then === undefined)
        return [html`<li><span class="said">${strings.compareAdded}</span> <ins>${item.text}</ins></li>`];
      return then === item.text ? [] : [html`<li>${beforeAndAfter(then, item.text, strings, true)}</li>`];
    }),
  ];
}

/** What one field changed from `before` to `after`; nothing when it did not. */
function change(before: Shown, after: Shown, strings: Strings): TemplateResult | undefined {
  if ('text' in before && 'text' in after) {
    return before.text === after.text ? undefined : beforeAndAfter(before.text, after.text, strings, after.whole);
  }
  if ('items' in before && 'items' in after) {
    const rows = listChanges(before.items, after.items, strings);
    return rows.length ? html`<ul>${rows}</ul>` : undefined;
  }
  return undefined;
}

/** Field by field, what changed from `before` to `after`, as a description list; nothing when nothing did. */
export function renderDifferences(
  fields: CompareField[],
  before: Snapshot,
  after: Snapshot,
  view: CompareView,
): TemplateResult | typeof nothing {
  const rows = fields.flatMap((field) => {
    const changed = change(field.read(before, view), field.read(after, view), view.strings);
    return changed ? [html`<dt>${fill(view.strings[field.label], view.timeZone ?? '')}</dt><dd>${changed}</dd>`] : [];
  });
  return rows.length ? html`<dl class="changes compared">${rows}</dl>` : nothing;
}
