import { html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import type { NewsroomContext } from '../app/context.js';
import type { Strings } from '../i18n/en.js';
import { federationChooser } from './federation-chooser.js';

export interface ListFilters<Status extends keyof Strings> {
  /** The federations the user may write in, and the one shown. */
  federations: FederationChoice[];
  federation: string;
  statuses: Status[];
  /** '' for all. */
  status: Status | '';
  onFederation(slug: string): void;
  onStatus(status: Status | ''): void;
  /** The search in titles and summaries, when the list offers one. */
  search?: { value: string; onInput(value: string): void };
}

/** The filters above a federation's list of news, events or courses: federation, status and a search. */
export function renderListFilters<Status extends keyof Strings>(
  ctx: NewsroomContext,
  filters: ListFilters<Status>,
): TemplateResult {
  const { strings } = ctx;
  return html`<form class="card filters" role="search" @submit=${(event: Event) => event.preventDefault()}>
    <div class="grid">
      ${federationChooser(ctx, {
        id: 'federation',
        federations: filters.federations,
        current: filters.federation,
        choose: filters.onFederation,
      })}
      <div class="field">
        <label for="status">${strings.statusFilter}</label>
        <select id="status" @change=${(event: Event) => filters.onStatus((event.target as HTMLSelectElement).value as Status | '')}>
          <option value="">${strings.all}</option>
          ${filters.statuses.map((status) => html`<option value=${status} ?selected=${status === filters.status}>${strings[status]}</option>`)}
        </select>
      </div>
      ${
        filters.search
          ? html`<div class="field">
            <label for="search">${strings.search}</label>
            <input id="search" type="search" .value=${filters.search.value}
              @input=${(event: Event) => filters.search?.onInput((event.target as HTMLInputElement).value)} />
          </div>`
          : nothing
      }
    </div>
  </form>`;
}
