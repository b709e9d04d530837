import { html, type TemplateResult } from 'lit';
import type { Membership } from '../api/membership-queries.js';
import type { Strings } from '../i18n/en.js';
import type { NewsroomLanguage } from '../i18n/language.js';
import { formatDay } from './membership-text.js';

/** Every membership period, oldest first, as a table: ended periods say so in words, not only by a date. */
export function membershipHistory(
  strings: Strings,
  language: NewsroomLanguage,
  history: Membership[],
  today: string,
): TemplateResult {
  if (!history.length) return html`<p class="hint">${strings.nothingHere}</p>`;
  const day = (value: string) => html`<time datetime=${value}>${formatDay(value, language)}</time>`;
  return html`<table class="history">
    <caption>${strings.historyCaption}</caption>
    <thead><tr>
      <th scope="col">${strings.joinMunicipality}</th><th scope="col">${strings.codeColumn}</th>
      <th scope="col">${strings.joinedColumn}</th><th scope="col">${strings.leftColumn}</th><th scope="col">${strings.statusColumn}</th>
    </tr></thead>
    <tbody>${history.map((period) => {
      const ended = period.leftOn !== null && period.leftOn <= today;
      return html`<tr class=${ended ? 'ended' : ''}>
        <th scope="row">${period.municipality.name}</th><td>${period.municipality.code}</td>
        <td>${day(period.joinedOn)}</td><td>${period.leftOn ? day(period.leftOn) : '–'}</td>
        <td>${ended ? html`<span class="badge">${strings.periodEnded}</span>` : strings.periodOngoing}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}
