import { html, nothing, type TemplateResult } from 'lit';
import type { FeedRun, FeedSource } from '../api/feed-source-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { fill, formatTime } from '../i18n/language.js';

export interface SourceActions {
  refresh(source: FeedSource): void;
  toggle(source: FeedSource): void;
  remove(source: FeedSource): void;
}

/** What a run did, as one sentence in the UI language: counts, or the failure and what to fix. */
export function describeRun(run: FeedRun, ctx: NewsroomContext): string {
  const { strings } = ctx;
  if (run.status === 'FAILED') return fill(strings.runFailed, run.errorMessage ?? '', run.errorCode ?? '');
  if (run.status === 'NOT_MODIFIED') return strings.runNotModified;
  const counts = fill(strings.runCounts, run.created, run.updated, run.unchanged, run.skipped);
  return run.imagesWithoutAlt ? `${counts} ${fill(strings.imagesWithoutAlt, run.imagesWithoutAlt)}` : counts;
}

/** One source: where from, how its last import went, and its buttons (labelled with the address). */
export function feedSourceCard(source: FeedSource, ctx: NewsroomContext, busy: boolean, actions: SourceActions) {
  const { strings, language } = ctx;
  const run = source.lastRun;
  const id = `source-${source.id}`;
  const failed = run?.status === 'FAILED';
  const named = (label: string): TemplateResult => html`${label}<span class="visually-hidden"> ${source.url}</span>`;
  return html`<li class="card">
    <h3 id=${id}>${source.url}</h3>
    <p class="meta">${strings[source.kind]} · ${source.language} · ${fill(strings.everyMinutes, source.intervalMinutes)}
      · ${fill(strings.itemCount, source.itemCount)}
      ${source.enabled ? nothing : html` · <span class="badge">${strings.sourceOff}</span>`}
      ${source.nextRunAt ? html` · ${fill(strings.nextRun, formatTime(source.nextRunAt, language))}` : nothing}</p>
    ${
      run
        ? html`<p class=${failed ? 'notice bad' : 'notice'}>
            ${fill(strings.lastRun, formatTime(run.at, language))} ${describeRun(run, ctx)}</p>`
        : html`<p class="hint">${strings.neverRun}</p>`
    }
    ${
      failed && source.lastSuccessAt
        ? html`<p class="meta">${fill(strings.lastSuccess, formatTime(source.lastSuccessAt, language))}</p>`
        : nothing
    }
    <div class="actions">
      <button type="button" class="primary" ?disabled=${busy} @click=${() => actions.refresh(source)}>
        ${named(busy ? strings.importing : strings.importNow)}</button>
      <button type="button" @click=${() => actions.toggle(source)}>
        ${named(source.enabled ? strings.switchOff : strings.switchOn)}</button>
      <button type="button" class="danger" @click=${() => actions.remove(source)}>${named(strings.removeSource)}</button>
    </div>
  </li>`;
}
