// Under a form: what went wrong with the whole submission (announced at once), or what was done.
export function FormStatus({ error, done }: { error: string | null | undefined; done?: string | null }) {
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="form-done" role="status">
          {done}
        </p>
      )}
    </>
  );
}
