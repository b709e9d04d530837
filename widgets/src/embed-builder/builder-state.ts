import type { BuilderFederation } from './builder-data.js';

/** One configured widget: everything the snippet and the preview are made from. */
export interface WidgetChoice {
  tag: string;
  /** In snippet order; defaults left out, so the snippet stays short. */
  attributes: Array<[name: string, value: string]>;
  /** Custom property → colour, only those changed from where the inputs started. */
  colors: Array<[property: string, value: string]>;
  fallback: { href: string; text: string } | null;
}

function value(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name);
  if (control instanceof RadioNodeList || control instanceof HTMLInputElement || control instanceof HTMLSelectElement) {
    return control.value;
  }
  return '';
}

/** Whether a field applies to a widget: fields marked `data-widgets` apply to those listed only. */
export function appliesTo(element: Element, widget: string): boolean {
  const widgets = element.closest('[data-widgets]')?.getAttribute('data-widgets');
  return !widgets || widgets.split(' ').includes(widget);
}

/** The federation's site, else the feed or calendar with the same items; nothing for the others. */
function fallbackOf(widget: string, federation: BuilderFederation | undefined): WidgetChoice['fallback'] {
  if (!federation) return null;
  const feeds: Record<string, string> = {
    news: federation.feeds.rss,
    events: federation.feeds.calendar,
    courses: federation.feeds.calendar,
  };
  const href = federation.website ?? feeds[widget];
  return href ? { href, text: federation.name } : null;
}

/** Reads the form as it is now. */
export function readChoice(form: HTMLFormElement, federations: BuilderFederation[]): WidgetChoice {
  const widget = value(form, 'widget') || 'news';
  const attributes: WidgetChoice['attributes'] = [];
  const add = (name: string, fieldName = name, skip = '') => {
    const field = form.elements.namedItem(fieldName);
    const element = field instanceof RadioNodeList ? field[0] : field;
    const chosen = value(form, fieldName).trim();
    if (chosen && chosen !== skip && element instanceof Element && appliesTo(element, widget)) {
      attributes.push([name, chosen]);
    }
  };
  add('federation');
  add('municipality');
  add('topic');
  const limit = form.elements.namedItem('limit');
  if (limit instanceof HTMLInputElement && limit.value.trim() && appliesTo(limit, widget)) {
    // What the widget would make of it anyway: a whole number from 1 to 100.
    const count = Math.min(100, Math.max(1, Math.round(Number(limit.value) || 1)));
    attributes.push(['limit', String(count)]);
  }
  add('lang');
  const layout = form.querySelector<HTMLInputElement>('input[name="layout"]:checked');
  if (layout && layout.value !== 'list' && appliesTo(layout, widget)) attributes.push(['layout', layout.value]);
  add('heading-level', 'heading-level', '3');
  add('refresh');
  const colors = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="color"][data-property]'))
    .filter((input) => input.value.toLowerCase() !== (input.dataset.initial ?? '').toLowerCase())
    .map((input): [string, string] => [input.dataset.property ?? '', input.value]);
  const federation = federations.find((each) => each.slug === value(form, 'federation'));
  return { tag: `samverka-${widget}`, attributes, colors, fallback: fallbackOf(widget, federation) };
}
