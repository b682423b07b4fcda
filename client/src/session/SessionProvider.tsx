// Holds the API operations and who is signed in. The token is sent with every request; what the
// caller may not see is simply absent from the answers, and write controls hide without a caller.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createApiClient } from '../api/client.ts';
import { type Operations, operations } from '../api/operations.ts';
import type { Me } from '../api/types.ts';
import { readToken, writeToken } from './token-store.ts';

export interface Session {
  ops: Operations;
  token: string | null;
  me: Me | null;
  /** Set when the token was refused or the check failed. */
  signInError: string | null;
  signIn: (token: string) => Promise<boolean>;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export interface SessionProviderProps {
  children: ReactNode;
  /** Tests pass operations over recorded responses; the app builds them over fetch. */
  ops?: Operations;
  initialToken?: string | null;
}

export function SessionProvider({ children, ops: given, initialToken }: SessionProviderProps) {
  const [token, setToken] = useState<string | null>(() =>
    initialToken === undefined ? readToken() : initialToken,
  );
  const [me, setMe] = useState<Me | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);
  const ops = useMemo(() => given ?? operations(createApiClient({ getToken: () => readToken() })), [given]);

  useEffect(() => {
    if (!token) {
      setMe(null);
      return;
    }
    let current = true;
    ops.me().then(
      (caller) => {
        if (!current) return;
        setMe(caller);
        if (!caller)
          setSignInError('That token is not recognised. Pick a demo member or paste another token.');
      },
      (error: unknown) => current && setSignInError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [ops, token]);

  const signIn = useCallback(
    async (next: string) => {
      const trimmed = next.trim();
      setSignInError(null);
      writeToken(trimmed);
      try {
        const caller = await ops.me();
        if (!caller) {
          writeToken(null);
          setSignInError('That token is not recognised. Pick a demo member or paste another token.');
          return false;
        }
        setToken(trimmed);
        setMe(caller);
        return true;
      } catch (error) {
        writeToken(token);
        setSignInError(error instanceof Error ? error.message : String(error));
        return false;
      }
    },
    [ops, token],
  );

  const signOut = useCallback(() => {
    writeToken(null);
    setToken(null);
    setMe(null);
    setSignInError(null);
  }, []);

  const value = useMemo(
    () => ({ ops, token, me, signInError, signIn, signOut }),
    [ops, token, me, signInError, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it');
  return session;
}
