// Import a roster from CSV (a file, or pasted text): first a preview of what it would do, row by
// row, from the import's own checks; then Import writes exactly that (the preview's fingerprint
// goes with it, and the server refuses if the group changed meanwhile). Nothing is written until
// then, and nothing at all while a row is refused.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { unwrapResult } from '../../api/operations.ts';
import type { ImportPreview } from '../../api/types.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FieldError, fieldAria } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import { ImportPreviewTable } from '../ImportPreviewTable/ImportPreviewTable.tsx';

const rosterForm = z.object({
  roster: z.string().trim().min(1, 'Paste the roster’s CSV, or choose a file.'),
});

/** The columns a roster file has (server/src/import/README.md), as a start for the text box. */
const ROSTER_HEADER = 'id,name,company,industry,joinedAt,email,phone,role';

export interface ImportRosterProps {
  groupId: string;
  onWrite: (message: string) => void;
}

export function ImportRoster({ groupId, onWrite }: ImportRosterProps) {
  const { ops } = useSession();
  const [preview, setPreview] = useState<{ text: string; answer: ImportPreview } | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(rosterForm), defaultValues: { roster: '' } });
  const id = useId();
  const textId = `${id}-roster`;
  const fileId = `${id}-file`;
  const hintId = `${id}-hint`;
  const text = watch('roster');
  // A preview speaks of the text it was made from: an edit of the text sets it aside.
  const current = preview && preview.text === text ? preview.answer : null;

  const showPreview = handleSubmit(async ({ roster }) => {
    try {
      const answer = await ops.previewGroupCsv({ groupId, roster });
      setPreview({ text, answer });
    } catch (error) {
      showFailure(setError, error);
    }
  });

  const apply = handleSubmit(async ({ roster }) => {
    if (!current) return;
    try {
      const outcome = unwrapResult(
        await ops.importGroupCsv({ groupId, roster, previewed: current.fingerprint }),
      );
      if (!outcome.ok) return showRefusal(setError, outcome);
      setPreview(null);
      setValue('roster', '');
      const { added, updated } = current.counts;
      onWrite(`Roster imported: ${added} added, ${updated} updated.`);
    } catch (error) {
      showFailure(setError, error);
    }
  });

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setValue('roster', await file.text(), { shouldValidate: true });
  };

  return (
    <section className="import-roster" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Import a roster (CSV)</h3>
      <form
        className="form"
        onSubmit={(event) => void showPreview(event)}
        noValidate
        aria-label="Import a roster"
      >
        <p className="hint" id={hintId}>
          One row per member, with a header naming the columns: <code>{ROSTER_HEADER}</code> (id, name,
          company, industry and joinedAt are required; bio, since, wantsToMeet and doesNotWantToMeet may be
          added). A row with the id of a member updates them; a new id adds one. Nobody is removed.
        </p>
        <div className="field">
          <label htmlFor={fileId}>Choose a CSV file</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </div>
        <div className="field">
          <label htmlFor={textId}>Or paste the roster</label>
          <textarea
            rows={5}
            spellCheck={false}
            className="csv-text"
            placeholder={`${ROSTER_HEADER}\nmem-new-member,Róisín Ní Bhriain,Lettings Ltd,Letting agent,2026-11-01,roisin@example.ie,,MEMBER`}
            {...register('roster')}
            {...fieldAria(textId, errors.roster, hintId)}
          />
          <FieldError fieldId={textId} error={errors.roster} />
        </div>
        <FormStatus error={errors.root?.server?.message} />
        <div className="button-row">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting && !current ? 'Checking…' : current ? 'Preview again' : 'Preview'}
          </button>
          {current && (
            <button
              type="button"
              className="button primary"
              disabled={!current.canImport || isSubmitting}
              onClick={(event) => void apply(event)}
            >
              {isSubmitting ? 'Importing…' : 'Import'}
            </button>
          )}
        </div>
      </form>
      {current && (
        <>
          {!current.canImport && (
            <p className="hint" role="note">
              Nothing is imported while a row is refused: fix those rows (or leave them out) and preview
              again.
            </p>
          )}
          <ImportPreviewTable preview={current} />
        </>
      )}
    </section>
  );
}
