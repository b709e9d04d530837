import { html, nothing, type TemplateResult } from 'lit';
import type { FederationChoice } from '../api/federation-queries.js';
import type { StartPageData } from '../api/start-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { fill, formatTime } from '../i18n/language.js';
import { failingSources, sourceErrors } from './source-errors.js';
import {
  type ContentKind,
  draftsOf,
  editorRoute,
  newItemRoutes,
  publishedOf,
  type StartEntry,
  scheduledOf,
} from './start-groups.js';

/** A federation's section while its request runs, after it failed, or with its answer. */
export type SectionState = undefined | { error: string } | StartPageData;

interface Line {
  href: string;
  title: string;
  badge: string;
  meta: string;
}

const SHOWN = 8;

function kindLabel(ctx: NewsroomContext, kind: ContentKind): string {
  return { news: ctx.strings.kindNews, event: ctx.strings.kindEvent, course: ctx.strings.kindCourse }[kind];
}

function renderGroup(
  id: string,
  title: string,
  lines: Line[],
  more: TemplateResult | typeof nothing,
  ctx: NewsroomContext,
) {
  return html`<section class="card" aria-labelledby=${id}>
    <h3 id=${id}>${title} <span class="badge">${lines.length}</span></h3>
    ${
      lines.length
        ? html`<ul class="list">
          ${lines.slice(0, SHOWN).map(
            (
              line,
            ) => html`<li><span class="badge">${line.badge}</span><a href=${line.href}>${line.title || ctx.strings.untitled}</a>
              <div class="meta">${line.meta}</div></li>`,
          )}
        </ul>`
        : html`<p class="hint">${ctx.strings.nothingHere}</p>`
    }
    ${lines.length > SHOWN ? more : nothing}
  </section>`;
}

/** Where the drafts beyond the first few are: the lists of each kind. */
function renderMore(ctx: NewsroomContext, federation: string, hidden: number): TemplateResult {
  const query = `?federation=${encodeURIComponent(federation)}`;
  const { strings } = ctx;
  return html`<p class="hint">${fill(strings.moreInLists, hidden)}
    <a href=${`#/news${query}`}>${strings.navNews}</a>, <a href=${`#/events${query}`}>${strings.navEvents}</a>,
    <a href=${`#/courses${query}`}>${strings.navCourses}</a></p>`;
}

function renderGroups(ctx: NewsroomContext, federation: FederationChoice, data: StartPageData): TemplateResult {
  const { strings, language } = ctx;
  const time = (template: string, at: string) => fill(template, formatTime(at, language, federation.timeZone));
  const id = (group: string) => `${federation.slug}-${group}`;
  const lines =
    (template: string) =>
    (entry: StartEntry): Line => ({
      href: editorRoute(entry.kind, entry.id),
      title: entry.title,
      badge: kindLabel(ctx, entry.kind),
      meta: time(template, entry.at),
    });
  const drafts = draftsOf(data).map(lines(strings.lastSaved));
  const upcoming = data.upcomingEvents.edges.map(({ node }) => ({
    href: editorRoute('event', node.id),
    title: node.title,
    badge: node.cancelled ? strings.CANCELLED : strings.kindEvent,
    meta: time(strings.eventStarts, node.startsAt),
  }));
  return html`<div class="grid">
    ${renderGroup(id('drafts'), strings.drafts, drafts, renderMore(ctx, federation.slug, drafts.length - SHOWN), ctx)}
    ${renderGroup(id('scheduled'), strings.scheduled, scheduledOf(data).map(lines(strings.scheduledFor)), nothing, ctx)}
    ${renderGroup(id('published'), strings.recentlyPublished, publishedOf(data, SHOWN).map(lines(strings.publishedOn)), nothing, ctx)}
    ${renderGroup(id('upcoming'), strings.upcomingEvents, upcoming, nothing, ctx)}
  </div>`;
}

function renderBody(ctx: NewsroomContext, federation: FederationChoice, state: SectionState) {
  if (!state) return html`<p role="status">${ctx.strings.loading}</p>`;
  if ('error' in state) return html`<p class="notice bad" role="alert">${state.error}</p>`;
  return html`${sourceErrors(federation, failingSources(state.feedSources ?? []), ctx)}
    ${renderGroups(ctx, federation, state)}`;
}

/** One federation on the start page: links to start something new, its failing feeds, and its groups. */
export function renderStartSection(
  ctx: NewsroomContext,
  federation: FederationChoice,
  heading: string,
  state: SectionState,
): TemplateResult {
  const { strings } = ctx;
  const label = { news: strings.newDraft, event: strings.newEvent, course: strings.newCourse };
  return html`<section aria-labelledby=${`federation-${federation.slug}`}>
    <h2 id=${`federation-${federation.slug}`}>${heading}</h2>
    <p class="actions">
      ${newItemRoutes(federation.slug).map(([kind, href]) => html`<a class="button" href=${href}>${label[kind]}</a>`)}
    </p>
    ${renderBody(ctx, federation, state)}
  </section>`;
}
