/**
 * The plan form’s inputs: each shows its French message from the server next to it, keeps
 * what was typed, and marks itself invalid so that the first one in error can be focused.
 */
import type { ComponentChildren } from 'preact';
import { Field } from '../field';

export interface Messages {
  /** Refusals and problems by field path. */
  readonly errors: Readonly<Record<string, string>>;
  /** Advice that does not stop a save, by field path. */
  readonly notices: Readonly<Record<string, string>>;
}

interface TextProps {
  id: string;
  label: string;
  /** Screen readers only, before the label (« Période 2 : »). */
  context?: string;
  value: string;
  onInput(value: string): void;
  messages: Messages;
  hint?: string;
  /** Several lines: a textarea of that many rows. */
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'date';
  inputMode?: 'numeric' | 'decimal';
  autoComplete?: string;
}

/** The message for `id`, or for one of its parts (an item of a list: `content.tasksToDo.2`). */
export function errorAt(errors: Readonly<Record<string, string>>, id: string): string | undefined {
  return errors[id] ?? Object.entries(errors).find(([path]) => path.startsWith(`${id}.`))?.[1];
}

const described = (id: string, error: string | undefined) => (error ? `${id}-error` : `${id}-hint`);

export function TextInput({
  id,
  label,
  context,
  value,
  onInput,
  messages,
  hint,
  rows,
  type,
  inputMode,
  autoComplete,
}: TextProps) {
  const error = errorAt(messages.errors, id);
  const note = messages.notices[id] ?? hint;
  const common = {
    id,
    name: id,
    value,
    'aria-invalid': error ? ('true' as const) : ('false' as const),
    'aria-describedby': error || note ? described(id, error) : undefined,
    onInput: (e: { currentTarget: { value: string } }) => onInput(e.currentTarget.value),
  };
  return (
    <Field id={id} label={label} context={context} hint={note} error={error}>
      {rows ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input
          {...common}
          type={(type ?? 'text') as 'text'}
          inputMode={inputMode}
          autoComplete={autoComplete}
        />
      )}
    </Field>
  );
}

interface ChoicesProps<K extends string> {
  id: string;
  legend: string;
  options: readonly (readonly [K, string])[];
  messages: Messages;
  hint?: string;
  children?: ComponentChildren;
}

interface ManyProps<K extends string> extends ChoicesProps<K> {
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

/** Checkboxes: several answers. */
export function ManyChoices<K extends string>({
  id,
  legend,
  options,
  chosen,
  onChange,
  messages,
  hint,
  children,
}: ManyProps<K>) {
  const error = errorAt(messages.errors, id);
  return (
    <fieldset
      class={error ? 'choices field--invalid' : 'choices'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      {options.map(([key, label], index) => (
        <label class="choice" key={key}>
          <input
            type="checkbox"
            id={index === 0 ? id : undefined}
            checked={chosen.includes(key)}
            aria-invalid={error ? 'true' : 'false'}
            onChange={(e) =>
              onChange(e.currentTarget.checked ? [...chosen, key] : chosen.filter((item) => item !== key))
            }
          />
          <span>{label}</span>
        </label>
      ))}
      {children}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface OneProps<K extends string> extends ChoicesProps<K> {
  chosen: string;
  onChange(chosen: string): void;
}

/** Radio buttons: one answer, which can be taken back with « Je ne sais pas encore ». */
export function OneChoice<K extends string>({
  id,
  legend,
  options,
  chosen,
  onChange,
  messages,
  hint,
}: OneProps<K>) {
  const error = errorAt(messages.errors, id);
  const note = messages.notices[id] ?? hint;
  return (
    <fieldset
      class={error ? 'choices field--invalid' : 'choices'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map(([key, label], index) => (
        <label class="choice" key={key}>
          <input
            type="radio"
            name={id}
            id={index === 0 ? id : undefined}
            checked={chosen === key}
            aria-invalid={error ? 'true' : 'false'}
            onChange={() => onChange(key)}
          />
          <span>{label}</span>
        </label>
      ))}
      {note && !error && <p class="hint">{note}</p>}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange(value: string): void;
  messages: Messages;
  hint?: string;
}

export function Select({ id, label, value, options, onChange, messages, hint }: SelectProps) {
  const error = errorAt(messages.errors, id);
  const note = messages.notices[id] ?? hint;
  return (
    <Field id={id} label={label} hint={note} error={error}>
      <select
        id={id}
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error || note ? described(id, error) : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">—</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
