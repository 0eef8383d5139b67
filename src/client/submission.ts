/**
 * A form's call to the server, the same way in every form: busy while it runs; on success the
 * form's own follow-up; a refusal keeps its French message and the messages by field (what the
 * person typed stays as typed); a failure without a French answer shows rpc.ts's message.
 */
import { useState } from 'preact/hooks';
import type { Result } from '../shared/result';

export interface Submission {
  readonly busy: boolean;
  /** The message at the bottom of the form, null when there is none. */
  readonly message: string | null;
  /** French messages by field. */
  readonly errors: Readonly<Record<string, string>>;
  /** Clears the messages (e.g. another request chosen). */
  reset(): void;
  /** Runs `call`; `onOk` gets the value when the server said yes. */
  submit<T>(call: () => Promise<Result<T>>, onOk: (value: T) => void): Promise<void>;
}

export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  return {
    busy,
    message,
    errors,
    reset() {
      setErrors({});
      setMessage(null);
    },
    async submit(call, onOk) {
      setBusy(true);
      setMessage(null);
      try {
        const result = await call();
        if (result.ok) {
          setErrors({});
          onOk(result.value);
        } else {
          setErrors(result.fields);
          setMessage(result.message);
        }
      } catch (error) {
        setMessage((error as Error).message);
      } finally {
        setBusy(false);
      }
    },
  };
}
