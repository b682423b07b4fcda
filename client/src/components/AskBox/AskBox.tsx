// One search box for "who knows a mortgage broker", "mortgage broker" or a member's name.
import { type FormEvent, useEffect, useId, useState } from 'react';

export interface AskBoxProps {
  value: string;
  memberNames: readonly string[];
  onAsk: (text: string) => void;
  disabled?: boolean;
}

export function AskBox({ value, memberNames, onAsk, disabled }: AskBoxProps) {
  const [text, setText] = useState(value);
  const listId = useId();
  useEffect(() => setText(value), [value]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onAsk(text);
  }

  return (
    <form className="ask" onSubmit={submit}>
      <svg className="ask-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        type="search"
        aria-label="Ask: who knows an industry, or find a member"
        placeholder="Ask: “who knows a mortgage broker”, an industry, or a member’s name"
        value={text}
        list={listId}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
      />
      <datalist id={listId}>
        {memberNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="submit" className="button primary" disabled={disabled || !text.trim()}>
        Ask
      </button>
    </form>
  );
}
