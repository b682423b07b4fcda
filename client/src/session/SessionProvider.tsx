// Holds the API operations and who is signed in. The session itself is an HttpOnly cookie the
// server sets on sign-in: this page never sees it, it asks the server who it is (viewer). What the
// caller may not see is simply absent from the answers, and write controls hide without a caller.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createApiClient, errorMessage } from '../api/client.ts';
import { type Operations, operations, unwrapResult } from '../api/operations.ts';
import type { Me, MutationResult, Viewer } from '../api/types.ts';

/** What a sign-in attempt says: nothing when it worked, else the message and per-field messages. */
export type SignInOutcome =
  | { ok: true }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

export interface Session {
  ops: Operations;
  /** The signed-in account, or null. */
  viewer: Viewer | null;
  /** The member the signed-in account is (null when anonymous, or for an admin who is no member). */
  me: Me | null;
  /** The first "who am I" has not answered yet. */
  checking: boolean;
  signIn: (email: string, password: string) => Promise<SignInOutcome>;
  demoSignIn: (memberId: string) => Promise<SignInOutcome>;
  acceptInvitation: (token: string, password: string) => Promise<SignInOutcome>;
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export interface SessionProviderProps {
  children: ReactNode;
  /** Tests pass operations over recorded responses; the app builds them over fetch. */
  ops?: Operations;
}

export function SessionProvider({ children, ops: given }: SessionProviderProps) {
  const ops = useMemo(() => given ?? operations(createApiClient()), [given]);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    let current = true;
    ops
      .viewer()
      .then(
        (answer) => current && setViewer(answer),
        // The server being down is shown where the data is missing; here it only means "not signed in".
        () => current && setViewer(null),
      )
      .finally(() => current && setChecking(false));
    return () => {
      current = false;
    };
  }, [ops]);

  const adopt = useCallback(
    async (attempt: () => Promise<MutationResult<Viewer>>): Promise<SignInOutcome> => {
      try {
        const result = unwrapResult(await attempt());
        if (!result.ok) return { ...result, message: result.message ?? 'Sign-in was refused' };
        setViewer(result.data);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: errorMessage(error), fieldErrors: {} };
      }
    },
    [],
  );

  const signIn = useCallback(
    (email: string, password: string) => adopt(() => ops.signIn(email, password)),
    [adopt, ops],
  );
  const demoSignIn = useCallback((memberId: string) => adopt(() => ops.demoSignIn(memberId)), [adopt, ops]);
  const acceptInvitation = useCallback(
    (token: string, password: string) => adopt(() => ops.acceptInvitation(token, password)),
    [adopt, ops],
  );

  const signOut = useCallback(async () => {
    try {
      await ops.signOut();
    } finally {
      setViewer(null);
    }
  }, [ops]);

  const signOutEverywhere = useCallback(async () => {
    try {
      await ops.signOutEverywhere();
    } finally {
      setViewer(null);
    }
  }, [ops]);

  const value = useMemo(
    () => ({
      ops,
      viewer,
      me: viewer?.member ?? null,
      checking,
      signIn,
      demoSignIn,
      acceptInvitation,
      signOut,
      signOutEverywhere,
    }),
    [ops, viewer, checking, signIn, demoSignIn, acceptInvitation, signOut, signOutEverywhere],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it');
  return session;
}
