import { html, nothing, type TemplateResult } from 'lit';
import type { FeedSource } from '../api/feed-source-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { fill, formatTime } from '../i18n/language.js';

/** The start page's alert for one federation: its sources whose last import failed, with the message. */
export function sourceErrors(federation: string, failing: FeedSource[], ctx: NewsroomContext) {
  const { strings, language } = ctx;
  if (failing.length === 0) return nothing;
  const id = `${federation}-source-errors`;
  return html`<section class="card" aria-labelledby=${id}>
    <h3 id=${id}>${strings.sourceErrors} <span class="badge">${failing.length}</span></h3>
    <ul class="list">${failing.map((source) => failure(source, ctx, language))}</ul>
    <p><a href=${`#/sources?federation=${encodeURIComponent(federation)}`}>${strings.sourceErrorsLink}</a></p>
  </section>`;
}

function failure(source: FeedSource, ctx: NewsroomContext, language: NewsroomContext['language']): TemplateResult {
  const run = source.lastRun;
  return html`<li><strong>${source.url}</strong>
    <div class="error">${fill(ctx.strings.runFailed, run?.errorMessage ?? '', run?.errorCode ?? '')}</div>
    ${run ? html`<div class="meta">${fill(ctx.strings.lastRun, formatTime(run.at, language))}</div>` : nothing}</li>`;
}

/** Sources whose latest import failed. */
export function failingSources(sources: FeedSource[]): FeedSource[] {
  return sources.filter((source) => source.lastRun?.status === 'FAILED');
}
