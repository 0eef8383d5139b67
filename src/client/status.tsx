/**
 * Where an action of the sidebar stands, and its French answer shown under it: one type and one
 * notice for every form, so they all read and sound the same to a screen reader.
 */
export type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

export function StatusNotice({ status }: { status: Status }) {
  if (status.kind === 'done') {
    return (
      <p class="notice notice--success" role="status">
        {status.message}
      </p>
    );
  }
  if (status.kind === 'error') {
    return (
      <p class="notice notice--error" role="alert">
        {status.message}
      </p>
    );
  }
  return null;
}
