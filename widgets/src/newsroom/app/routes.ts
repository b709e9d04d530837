/** The app's views, read from the location: hash routes, and the invitation link's own path. */
export type Route =
  | { view: 'start'; federation?: string }
  | { view: 'news'; federation?: string }
  | { view: 'editor'; id?: string; federation?: string }
  | { view: 'events'; federation?: string }
  | { view: 'event'; id?: string; federation?: string }
  | { view: 'courses'; federation?: string }
  | { view: 'course'; id?: string; federation?: string }
  | { view: 'contacts'; federation?: string }
  | { view: 'account' }
  | { view: 'people'; federation?: string }
  | { view: 'sources'; federation?: string }
  | { view: 'members'; federation?: string }
  | { view: 'profile'; federation?: string }
  | { view: 'topics' }
  | { view: 'invitation'; token: string };

export function currentRoute(location: Location): Route {
  if (location.pathname.replace(/\/+$/, '').endsWith('/invitation')) {
    return { view: 'invitation', token: new URLSearchParams(location.hash.slice(1)).get('token') ?? '' };
  }
  const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const federation = new URLSearchParams(search).get('federation') ?? undefined;
  if (parts[0] === 'news' && parts[1] === 'new') return { view: 'editor', federation };
  if (parts[0] === 'news' && parts[1]) return { view: 'editor', id: parts[1] };
  if (parts[0] === 'news') return { view: 'news', federation };
  if (parts[0] === 'events' && parts[1] === 'new') return { view: 'event', federation };
  if (parts[0] === 'events' && parts[1]) return { view: 'event', id: parts[1] };
  if (parts[0] === 'events') return { view: 'events', federation };
  if (parts[0] === 'courses' && parts[1] === 'new') return { view: 'course', federation };
  if (parts[0] === 'courses' && parts[1]) return { view: 'course', id: parts[1] };
  if (parts[0] === 'courses') return { view: 'courses', federation };
  if (parts[0] === 'contacts') return { view: 'contacts', federation };
  if (parts[0] === 'account') return { view: 'account' };
  if (parts[0] === 'people') return { view: 'people', federation };
  if (parts[0] === 'sources') return { view: 'sources', federation };
  if (parts[0] === 'members') return { view: 'members', federation };
  if (parts[0] === 'profile') return { view: 'profile', federation };
  if (parts[0] === 'topics') return { view: 'topics' };
  return { view: 'start', federation };
}

/** A key that changes with every view change, so each view is a fresh element that takes focus. */
export function routeKey(route: Route): string {
  return JSON.stringify(route);
}
