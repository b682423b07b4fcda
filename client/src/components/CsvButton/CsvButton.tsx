// A small "CSV" button for a section's header: it downloads the list the section shows. The
// visible word stays short so it fits beside a heading on a phone; the name says what it saves.
import { downloadCsv } from '../../hooks/download.ts';

export interface CsvButtonProps {
  /** What the file holds, as in "Download {what} as CSV". */
  what: string;
  fileName: string;
  /** The CSV text, made only when the button is pressed. */
  csv: () => string;
}

export function CsvButton({ what, fileName, csv }: CsvButtonProps) {
  const name = `Download ${what} as CSV`;
  return (
    <button
      type="button"
      className="button small"
      aria-label={name}
      title={name}
      onClick={() => downloadCsv(csv(), fileName)}
    >
      CSV
    </button>
  );
}
