/*
 * The one way a screen or form shows what went wrong: a paragraph with role="alert", so
 * a screen reader says it at once. Nothing is rendered while there is no error.
 */

/** Shows an error message (a string or a thrown value); renders nothing for undefined, null or ''. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (error === undefined || error === null || error === '') return null;
  return (
    <p role="alert" className="error">
      {error instanceof Error ? error.message : String(error)}
    </p>
  );
}
