// Hands the browser a file to save, named for the person who downloads it.

// Long enough for the browser to start the download before the blob goes.
const REVOKE_AFTER_MS = 10_000;

/** "Southside Connect" → "southside-connect": a file name from a title. */
export const fileSlug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), REVOKE_AFTER_MS);
}

/** CSV text as a file (with a byte-order mark, so spreadsheets read accents as UTF-8). */
export function downloadCsv(csv: string, fileName: string): void {
  download(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
