import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  /** Read before the label by screen readers only: tells apart fields of repeated rows. */
  context?: string | undefined;
  hint?: string;
  error?: string | undefined;
  children: ComponentChildren;
}

/** A labelled form field with its hint and, when the server refused it, its French message. */
export function Field({ id, label, context, hint, error, children }: FieldProps) {
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>
        {context && <span class="visually-hidden">{context} </span>}
        {label}
      </label>
      {children}
      {hint && !error && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
