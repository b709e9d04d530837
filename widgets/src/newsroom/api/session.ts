/** Who is signed in, kept across reloads until the token's own expiry. */
export interface Session {
  token: string;
  expiresAt: string;
  email: string;
}

const KEY = 'samverka-newsroom-session';

/** The stored session; an expired one is removed and reported as 'expired'. */
export function loadSession(): Session | 'expired' | null {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (new Date(session.expiresAt).getTime() > Date.now()) return session;
  } catch {
    // A damaged entry is as good as none.
  }
  localStorage.removeItem(KEY);
  return 'expired';
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

/** Milliseconds until the session ends, for the timer that sends the user back to the login. */
export function msUntilExpiry(session: Session): number {
  return Math.max(0, new Date(session.expiresAt).getTime() - Date.now());
}
