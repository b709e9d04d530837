import type { Route } from './routes.js';

/** The views the shell has: what the first screen needs. Every other view comes with its area. */
type ShellView = 'start' | 'invitation';
type AreaView = Exclude<Route['view'], ShellView>;

/**
 * Each route's area: a module that defines the elements of the route's views, imported the first time
 * the route opens, so the shell carries none of them (esbuild makes each module a chunk; an element two
 * areas share is defined by whichever loads first). A new route is one line here, and TypeScript asks
 * for it as soon as routes.ts has the view.
 */
export const AREAS: Record<AreaView, () => Promise<unknown>> = {
  news: () => import('../areas/news-area.js'),
  editor: () => import('../areas/news-area.js'),
  events: () => import('../areas/events-area.js'),
  event: () => import('../areas/events-area.js'),
  courses: () => import('../areas/courses-area.js'),
  course: () => import('../areas/courses-area.js'),
  contacts: () => import('../areas/contacts-area.js'),
  people: () => import('../areas/people-area.js'),
  sources: () => import('../areas/sources-area.js'),
  members: () => import('../areas/members-area.js'),
  profile: () => import('../areas/profile-area.js'),
  topics: () => import('../areas/topics-area.js'),
  account: () => import('../areas/account-area.js'),
};

/** The import that defines the route's views; none for the shell's own. */
export function areaOf(view: Route['view']): (() => Promise<unknown>) | undefined {
  return view in AREAS ? AREAS[view as AreaView] : undefined;
}
