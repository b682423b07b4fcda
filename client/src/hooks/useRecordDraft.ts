// What the Record tab is about to record. It is held above the tab, so the pair picked in the
// member panel ("Pass a referral", "Book a one-to-one") is there when the tab opens, and a
// half-chosen kind survives a look at another tab.
import { useState } from 'react';

export type RecordMode = 'referral' | 'one-to-one';

interface RecordPair {
  first: string | null;
  second: string | null;
}

export interface RecordDraft {
  mode: RecordMode;
  pair: RecordPair;
  setMode: (mode: RecordMode) => void;
  start: (mode: RecordMode, first: string, second: string) => void;
}

export function useRecordDraft(): RecordDraft {
  const [mode, setMode] = useState<RecordMode>('referral');
  const [pair, setPair] = useState<RecordPair>({ first: null, second: null });
  const start = (next: RecordMode, first: string, second: string) => {
    setMode(next);
    setPair({ first, second });
  };
  return { mode, pair, setMode, start };
}
