import escapeHtml from 'escape-html';
import type { EmbedTexts } from './embed-texts.js';

/** The widgets' theming tokens the builder offers, with the colour the input starts at. */
export const COLOR_TOKENS: Array<{ key: keyof EmbedTexts['colors']; property: string; initial: string }> = [
  { key: 'accent', property: '--samverka-color-accent', initial: '#0b57d0' },
  { key: 'on-accent', property: '--samverka-color-on-accent', initial: '#ffffff' },
  { key: 'text', property: '--samverka-color-text', initial: '#1f1f1f' },
  { key: 'surface', property: '--samverka-color-surface', initial: '#ffffff' },
  { key: 'border', property: '--samverka-color-border', initial: '#8c8c8c' },
];

const WIDGETS = ['news', 'courses', 'events', 'members', 'contacts'] as const;
const FILTERED = 'news courses events contacts';

/** A labelled control that only some widgets take (`data-widgets`); the script hides it for the others. */
function field(id: string, label: string, control: string, widgets?: string, hint?: string): string {
  const hintId = hint ? `${id}-hint` : '';
  const described = hint ? control.replace(/^<(\w+)/, `<$1 aria-describedby="${hintId}"`) : control;
  return `<div class="field"${widgets ? ` data-widgets="${widgets}"` : ''}>
          <label for="${id}">${escapeHtml(label)}</label>
          ${hint ? `<p class="hint" id="${hintId}">${escapeHtml(hint)}</p>` : ''}
          ${described}
        </div>`;
}

function options(entries: Array<[value: string, label: string]>, selected: string): string {
  return entries
    .map(
      ([value, label]) =>
        `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`,
    )
    .join('');
}

function radios(name: string, entries: Array<[value: string, label: string, widgets?: string]>): string {
  return entries
    .map(
      ([value, label, widgets], index) => `<div class="choice"${widgets ? ` data-widgets="${widgets}"` : ''}>
            <input type="radio" name="${name}" id="${name}-${value}" value="${value}"${index === 0 ? ' checked' : ''}>
            <label for="${name}-${value}">${escapeHtml(label)}</label>
          </div>`,
    )
    .join('\n          ');
}

/** The builder's form: every choice a labelled control in a fieldset; it works by keyboard alone. */
export function embedForm(texts: EmbedTexts): string {
  const t = escapeHtml;
  const levels: Array<[string, string]> = ['2', '3', '4', '5', '6'].map((level) => [level, `h${level}`]);
  const colors = COLOR_TOKENS.map(
    (token) => `<div class="color-field">
            <input type="color" id="color-${token.key}" value="${token.initial}" data-property="${token.property}" data-initial="${token.initial}">
            <label for="color-${token.key}">${t(texts.colors[token.key])}</label>
          </div>`,
  ).join('\n          ');
  return `<form class="builder-form" id="builder" novalidate>
      <fieldset>
        <legend>${t(texts.widgetLegend)}</legend>
        <div class="choices">
          ${radios(
            'widget',
            WIDGETS.map((widget) => [widget, texts.widgets[widget]]),
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t(texts.contentLegend)}</legend>
        ${field('federation', texts.federation, `<select id="federation" name="federation" disabled><option value="">${t(texts.loading)}</option></select>`)}
        <p class="load-error" id="load-error" role="alert" hidden>${t(texts.loadFailed)}</p>
        ${field('municipality', texts.municipality, `<select id="municipality" name="municipality"><option value="">${t(texts.allMunicipalities)}</option></select>`, FILTERED)}
        ${field('topic', texts.topic, `<select id="topic" name="topic"><option value="">${t(texts.allTopics)}</option></select>`, 'news courses events')}
        ${field('limit', texts.limit, '<input type="number" id="limit" name="limit" min="1" max="100" value="5" inputmode="numeric">', FILTERED, texts.limitHint)}
      </fieldset>
      <fieldset>
        <legend>${t(texts.appearanceLegend)}</legend>
        ${field(
          'lang',
          texts.language,
          `<select id="lang" name="lang">${options(
            [
              ['', texts.pageLanguage],
              ['sv', 'Svenska'],
              ['nb', 'Norsk bokmål'],
              ['en', 'English'],
            ],
            '',
          )}</select>`,
        )}
        <fieldset class="inner">
          <legend>${t(texts.layout)}</legend>
          <div class="choices">
          ${radios('layout', [
            ['list', texts.layouts.list],
            ['cards', texts.layouts.cards],
            ['compact', texts.layouts.compact],
            ['map', texts.layouts.map, 'members'],
          ])}
          </div>
        </fieldset>
        ${field('heading-level', texts.headingLevel, `<select id="heading-level" name="heading-level">${options(levels, '3')}</select>`, undefined, texts.headingLevelHint)}
        ${field('refresh', texts.refresh, `<select id="refresh" name="refresh">${options(Object.entries(texts.refreshOptions), '')}</select>`)}
      </fieldset>
      <fieldset>
        <legend>${t(texts.colorsLegend)}</legend>
        <p class="hint">${t(texts.colorsHint)}</p>
        <div class="colors">
          ${colors}
        </div>
        <button type="button" class="secondary" id="reset-colors">${t(texts.resetColors)}</button>
      </fieldset>
    </form>`;
}
