// A short message after a write or a failed export. It goes by itself after a few seconds, so it
// never needs closing and never stays in the way.
import { useEffect, useState } from 'react';

const SHOWN_MS = 6000;

export function useNotice(): [string | null, (message: string | null) => void] {
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return [notice, setNotice];
}
