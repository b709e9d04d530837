import { html, nothing, type TemplateResult } from 'lit';
import type { FeedRun, FeedSource } from '../api/feed-source-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { describedBy, errorText, type FieldErrors, fieldId, invalid } from '../editor/field-errors.js';
import { fill, formatTime } from '../i18n/language.js';
import { problemText } from '../i18n/problem-text.js';

export interface SourceActions {
  refresh(source: FeedSource): void;
  toggle(source: FeedSource): void;
  remove(source: FeedSource): void;
  /** `minutes` as written: the view checks it. */
  setInterval(source: FeedSource, minutes: string): void;
}

/** The field name of a source's interval in the view's errors: one field per card. */
export function intervalField(source: FeedSource): string {
  return `interval-${source.id}`;
}

/** How often the source is imported, changeable in place; its error below it. */
function intervalForm(source: FeedSource, ctx: NewsroomContext, errors: FieldErrors, actions: SourceActions) {
  const { strings } = ctx;
  const field = intervalField(source);
  const id = fieldId(field);
  return html`<form class="inline" novalidate @submit=${(event: SubmitEvent) => {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('intervalMinutes');
    actions.setInterval(source, String(value ?? ''));
  }}>
    <div class="field">
      <label for=${id}>${strings.changeInterval}<span class="visually-hidden"> ${source.url}</span></label>
      <input id=${id} name="intervalMinutes" type="number" min="5" max="10080" required .value=${String(source.intervalMinutes)}
        aria-invalid=${invalid(errors, field)} aria-describedby=${describedBy(errors, field)} />
      ${errorText(errors, field)}
    </div>
    <button type="submit">${strings.saveInterval}<span class="visually-hidden"> ${source.url}</span></button>
  </form>`;
}

/** What a run did, as one sentence in the UI language: counts, or the failure and what to fix. */
export function describeRun(run: FeedRun, ctx: NewsroomContext): string {
  const { strings } = ctx;
  if (run.status === 'FAILED') {
    return fill(
      strings.runFailed,
      problemText(strings, { code: run.errorCode, message: run.errorMessage }),
      run.errorCode ?? '',
    );
  }
  if (run.status === 'NOT_MODIFIED') return strings.runNotModified;
  const counts = fill(strings.runCounts, run.created, run.updated, run.unchanged, run.skipped);
  return run.imagesWithoutAlt ? `${counts} ${fill(strings.imagesWithoutAlt, run.imagesWithoutAlt)}` : counts;
}

/** One source: where from, how its last import went, and its buttons (labelled with the address). */
export function feedSourceCard(
  source: FeedSource,
  ctx: NewsroomContext,
  busy: boolean,
  errors: FieldErrors,
  actions: SourceActions,
) {
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
    ${intervalForm(source, ctx, errors, actions)}
    <div class="actions">
      <button type="button" class="primary" ?disabled=${busy} @click=${() => actions.refresh(source)}>
        ${named(busy ? strings.importing : strings.importNow)}</button>
      <button type="button" @click=${() => actions.toggle(source)}>
        ${named(source.enabled ? strings.switchOff : strings.switchOn)}</button>
      <button type="button" class="danger" @click=${() => actions.remove(source)}>${named(strings.removeSource)}</button>
    </div>
  </li>`;
}
