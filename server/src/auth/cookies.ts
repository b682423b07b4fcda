// The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent with cross-site
// posts), Path=/, and Secure with the __Host- prefix when the explorer is served over https.

export interface CookieSettings {
  /** PUBLIC_URL is https: the cookie is Secure and host-only (__Host-). */
  secure: boolean;
}

export const sessionCookieName = ({ secure }: CookieSettings) =>
  secure ? '__Host-pg_session' : 'pg_session';

export function sessionCookie(settings: CookieSettings, token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return [
    `${sessionCookieName(settings)}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
    ...(settings.secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(settings: CookieSettings): string {
  return [
    `${sessionCookieName(settings)}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    'Max-Age=0',
    ...(settings.secure ? ['Secure'] : []),
  ].join('; ');
}

/** The value of one cookie from a Cookie header, or null. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}
