/**
 * Who is signed in, kept across reloads of the tab until the token's own expiry. sessionStorage, not
 * sessionStorage: closing the tab or the browser on a shared computer ends the sign-in with it.
 */
export interface Session {
  token: string;
  expiresAt: string;
  email: string;
}

const KEY = 'samverka-newsroom-session';

/** The stored session; an expired one is removed and reported as 'expired'. */
export function loadSession(): Session | 'expired' | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (new Date(session.expiresAt).getTime() > Date.now()) return session;
  } catch {
    // A damaged entry is as good as none.
  }
  sessionStorage.removeItem(KEY);
  return 'expired';
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

/** Milliseconds until the session ends, for the timer that sends the user back to the login. */
export function msUntilExpiry(session: Session): number {
  return Math.max(0, new Date(session.expiresAt).getTime() - Date.now());
}
