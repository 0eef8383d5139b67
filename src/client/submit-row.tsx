/**
 * A form's submit button and its message, the same in every form sent with useSubmission: the
 * button says what is happening while the server works, and the message of a refusal shows
 * under it unless it already stands next to its field.
 */
import type { Submission } from './submission';

export function SubmitRow({
  submission: { busy, message, errors },
  label,
  busyLabel = 'Enregistrement…',
}: {
  submission: Pick<Submission, 'busy' | 'message' | 'errors'>;
  label: string;
  busyLabel?: string;
}) {
  return (
    <>
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      {message && !Object.values(errors).includes(message) && (
        <p class="notice notice--error" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
