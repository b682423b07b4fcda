// An invitation link opens the explorer at /invite#<token>: the token, until the invitation page is
// done with it (then the address becomes the explorer's home, and the token leaves the history).
import { useCallback, useState } from 'react';

export function useInvitationLink(): [token: string | null, done: () => void] {
  const [token, setToken] = useState<string | null>(() =>
    window.location.pathname === '/invite' ? decodeURIComponent(window.location.hash.slice(1)) : null,
  );
  const done = useCallback(() => {
    window.history.replaceState(null, '', '/');
    setToken(null);
  }, []);
  return [token, done];
}
