import { html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import type { SourceStatus } from '../api/start-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { fill, formatTime } from '../i18n/language.js';
import { problemText } from '../i18n/problem-text.js';

/** The start page's alert for one federation: its sources whose last import failed, with the message. */
export function sourceErrors(federation: FederationChoice, failing: SourceStatus[], ctx: NewsroomContext) {
  const { strings } = ctx;
  if (failing.length === 0) return nothing;
  const id = `${federation.slug}-source-errors`;
  return html`<section class="card" aria-labelledby=${id}>
    <h3 id=${id}>${strings.sourceErrors} <span class="badge">${failing.length}</span></h3>
    <ul class="list">${failing.map((source) => failure(source, ctx, federation.timeZone))}</ul>
    <p><a href=${`#/sources?federation=${encodeURIComponent(federation.slug)}`}>${strings.sourceErrorsLink}</a></p>
  </section>`;
}

function failure(source: SourceStatus, ctx: NewsroomContext, timeZone: string): TemplateResult {
  const run = source.lastRun;
  return html`<li><strong>${source.url}</strong>
    <div class="error">${fill(ctx.strings.runFailed, problemText(ctx.strings, { code: run?.errorCode, message: run?.errorMessage }), run?.errorCode ?? '')}</div>
    ${run ? html`<div class="meta">${fill(ctx.strings.lastRun, formatTime(run.at, ctx.language, timeZone))}</div>` : nothing}</li>`;
}

/** Sources whose latest import failed. */
export function failingSources(sources: SourceStatus[]): SourceStatus[] {
  return sources.filter((source) => source.lastRun?.status === 'FAILED');
}
