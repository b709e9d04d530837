import { html, type TemplateResult } from 'lit';
import type { NewsroomContext } from './context.js';
import type { Route } from './routes.js';

/** The element of a signed-in view, given the app's context. */
export function renderView(route: Route, ctx: NewsroomContext): TemplateResult {
  switch (route.view) {
    case 'news':
      return html`<newsroom-news-list .ctx=${ctx} .federation=${route.federation ?? ''}></newsroom-news-list>`;
    case 'editor':
      return html`<newsroom-news-editor .ctx=${ctx} .itemId=${route.id ?? ''} .federation=${route.federation ?? ''}></newsroom-news-editor>`;
    case 'events':
      return html`<newsroom-events-list .ctx=${ctx} .federation=${route.federation ?? ''}></newsroom-events-list>`;
    case 'event':
      return html`<newsroom-event-editor .ctx=${ctx} .itemId=${route.id ?? ''} .federation=${route.federation ?? ''}></newsroom-event-editor>`;
    case 'courses':
      return html`<newsroom-courses-list .ctx=${ctx} .federation=${route.federation ?? ''}></newsroom-courses-list>`;
    case 'course':
      return html`<newsroom-course-editor .ctx=${ctx} .itemId=${route.id ?? ''} .federation=${route.federation ?? ''}></newsroom-course-editor>`;
    case 'contacts':
      return html`<newsroom-contacts-view .ctx=${ctx} .federation=${route.federation ?? ''}></newsroom-contacts-view>`;
    case 'account':
      return html`<newsroom-account-view .ctx=${ctx}></newsroom-account-view>`;
    case 'people':
      return html`<newsroom-people-view .ctx=${ctx} .federation=${route.federation ?? ''}></newsroom-people-view>`;
    case 'sources':
      return html`<newsroom-feed-sources-view .ctx=${ctx} .federation=${route.federation ?? ''}></newsroom-feed-sources-view>`;
    case 'members':
      return html`<newsroom-members-view .ctx=${ctx} .federation=${route.federation ?? ''}></newsroom-members-view>`;
    case 'profile':
      return html`<newsroom-profile-view .ctx=${ctx} .federation=${route.federation ?? ''}></newsroom-profile-view>`;
    case 'topics':
      return html`<newsroom-topics-view .ctx=${ctx}></newsroom-topics-view>`;
    default:
      return html`<newsroom-start-view .ctx=${ctx} .federation=${route.view === 'start' ? (route.federation ?? '') : ''}></newsroom-start-view>`;
  }
}
