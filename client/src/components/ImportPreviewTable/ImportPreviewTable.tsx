// What an import would do, before it does it: a count of each outcome, the problems of the file as a
// whole, and a row per line of the file saying whether it adds a member, changes one (each field,
// before → after), leaves one as it is, or is refused (and why, by column). Refused rows come first:
// they decide whether the import can go ahead.
import type { ImportPreview, ImportPreviewRow } from '../../api/types.ts';

const STATUS_WORDS: Record<ImportPreviewRow['status'], string> = {
  ADDED: 'Added',
  UPDATED: 'Updated',
  UNCHANGED: 'Unchanged',
  REFUSED: 'Refused',
};

const shown = (value: string | null) => value ?? '(none)';

/** The refused rows, then the others in file order (each row once). */
export function previewRowsInOrder(preview: ImportPreview): ImportPreviewRow[] {
  const refused = new Set(preview.refused.map((row) => `${row.file} ${row.row} ${row.kind}`));
  return [
    ...preview.refused,
    ...preview.rows.filter((row) => !refused.has(`${row.file} ${row.row} ${row.kind}`)),
  ];
}

function RowDetails({ row }: { row: ImportPreviewRow }) {
  if (row.status === 'REFUSED')
    return (
      <ul className="preview-details">
        {row.refusals.map((refusal) => (
          <li key={`${refusal.column}:${refusal.message}`}>
            {refusal.column && <span className="preview-column">{refusal.column}: </span>}
            {refusal.message}
          </li>
        ))}
      </ul>
    );
  if (row.status === 'UNCHANGED') return <span className="hint">Stays as it is</span>;
  return (
    <ul className="preview-details">
      {row.changes.map((change) => (
        <li key={change.column}>
          <span className="preview-column">{change.column}: </span>
          {row.status === 'ADDED' ? (
            shown(change.after)
          ) : (
            <>
              <del>{shown(change.before)}</del> → <ins>{shown(change.after)}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const rows = previewRowsInOrder(preview);
  const { counts } = preview;
  const total = counts.added + counts.updated + counts.unchanged + counts.refused;
  return (
    <div className="import-preview">
      <p className="preview-counts" role="status">
        {total} row{total === 1 ? '' : 's'}: <span className="preview-added">{counts.added} added</span>,{' '}
        <span className="preview-updated">{counts.updated} updated</span>, {counts.unchanged} unchanged,{' '}
        <span className="preview-refused">{counts.refused} refused</span>.
      </p>
      {preview.problems.length > 0 && (
        <ul className="form-error preview-problems" aria-label="Problems with the file">
          {preview.problems.map((problem) => (
            <li key={`${problem.file}:${problem.row}:${problem.message}`}>
              {problem.file}
              {problem.row > 0 ? `, row ${problem.row}` : ''}
              {problem.column ? `, ${problem.column}` : ''}: {problem.message}
            </li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <table className="preview-table">
          <caption className="sr-only">What the import does with each row</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Member</th>
              <th scope="col">Outcome</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={`${row.file} ${row.row} ${row.kind}`}
                className={`preview-${row.status.toLowerCase()}`}
              >
                <td className="preview-cell num">{row.row}</td>
                <td className="preview-cell preview-who">
                  <strong>{row.label ?? row.id}</strong>
                  {row.label && <span className="preview-id">{row.id}</span>}
                </td>
                <td className="preview-cell">
                  <span className={`preview-status status-${row.status.toLowerCase()}`}>
                    {STATUS_WORDS[row.status]}
                  </span>
                </td>
                <td className="preview-cell preview-what">
                  <RowDetails row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > rows.length && (
        <p className="hint">
          The first {rows.length} of {total} rows are listed; the counts above cover them all.
        </p>
      )}
    </div>
  );
}
