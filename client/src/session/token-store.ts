// Where the sign-in token lives between visits. Kept apart from components so tests can swap it.
const KEY = 'powergroups.token';

export function readToken(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function writeToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(KEY, token);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the sign-in lasts for this page only.
  }
}
