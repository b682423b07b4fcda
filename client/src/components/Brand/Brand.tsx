// The name and mark, top left; it links home, which opens the caller's own group.
export function Brand() {
  return (
    <a className="brand" href="/" aria-label="Power Groups home">
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <circle cx="6" cy="7" r="3" fill="#0072B2" />
        <circle cx="18" cy="6" r="3" fill="#E69F00" />
        <circle cx="12" cy="18" r="3" fill="#009E73" />
        <path d="M6 7L18 6L12 18Z" fill="none" stroke="#64748B" strokeWidth="1.3" />
      </svg>
      Power Groups
    </a>
  );
}
