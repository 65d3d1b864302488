import {
  FileInput,
  MultiSelect,
  NumberInput,
  Select,
  TagsInput,
  Textarea,
  TextInput,
  type FileInputProps,
  type MultiSelectProps,
  type NumberInputProps,
  type SelectProps,
  type TagsInputProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

// Mantine inputs bound to a react-hook-form field by name: each shows its own field's error,
// whether the form's schema or the server's 400 put it there, so a long form needs no
// per-field error plumbing.

interface Bound<Values extends FieldValues, Name extends FieldPath<Values>> {
  control: Control<Values>;
  name: Name;
}

/** The field's state and handlers, its value as the input shows it. */
function useBound<Values extends FieldValues, Name extends FieldPath<Values>>(
  control: Control<Values>,
  name: Name,
) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const current: unknown = value;
  return {
    ref,
    name,
    current,
    onBlur,
    change: (next: unknown) => onChange(next),
    error: fieldState.error?.message,
  };
}

export function TextField<Values extends FieldValues, Name extends FieldPath<Values>>({
  control,
  name,
  ...props
}: Bound<Values, Name> & Omit<TextInputProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { ref, current, change, onBlur, error } = useBound(control, name);
  return (
    <TextInput
      {...props}
      ref={ref}
      name={name}
      value={typeof current === 'string' ? current : ''}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
    />
  );
}

export function TextareaField<Values extends FieldValues, Name extends FieldPath<Values>>({
  control,
  name,
  ...props
}: Bound<Values, Name> & Omit<TextareaProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { ref, current, change, onBlur, error } = useBound(control, name);
  return (
    <Textarea
      {...props}
      ref={ref}
      name={name}
      value={typeof current === 'string' ? current : ''}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
    />
  );
}

/**
 * A number as typed: a number once it reads as one, the text meanwhile (e.g. `0.` on the way to
 * `0.4`), `''` when empty. The schema says whether it is a number.
 */
export function NumberField<Values extends FieldValues, Name extends FieldPath<Values>>({
  control,
  name,
  ...props
}: Bound<Values, Name> & Omit<NumberInputProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { ref, current, change, onBlur, error } = useBound(control, name);
  return (
    <NumberInput
      // A number out of range is the schema's (or the service's) to report, not to change
      // silently on blur: min and max only bound the step buttons.
      clampBehavior="none"
      {...props}
      ref={ref}
      name={name}
      value={typeof current === 'number' || typeof current === 'string' ? current : ''}
      onChange={(value) => change(value)}
      onBlur={onBlur}
      error={error}
    />
  );
}

export function SelectField<Values extends FieldValues, Name extends FieldPath<Values>>({
  control,
  name,
  ...props
}: Bound<Values, Name> & Omit<SelectProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { ref, current, change, onBlur, error } = useBound(control, name);
  return (
    <Select
      {...props}
      ref={ref}
      name={name}
      value={typeof current === 'string' && current !== '' ? current : null}
      onChange={(value) => change(value ?? '')}
      onBlur={onBlur}
      error={error}
    />
  );
}

export function MultiSelectField<Values extends FieldValues, Name extends FieldPath<Values>>({
  control,
  name,
  ...props
}: Bound<Values, Name> & Omit<MultiSelectProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { ref, current, change, onBlur, error } = useBound(control, name);
  return (
    <MultiSelect
      {...props}
      ref={ref}
      name={name}
      value={Array.isArray(current) ? (current as string[]) : []}
      onChange={(value) => change(value)}
      onBlur={onBlur}
      error={error}
    />
  );
}

export function TagsField<Values extends FieldValues, Name extends FieldPath<Values>>({
  control,
  name,
  ...props
}: Bound<Values, Name> & Omit<TagsInputProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { ref, current, change, onBlur, error } = useBound(control, name);
  return (
    <TagsInput
      {...props}
      ref={ref}
      name={name}
      value={Array.isArray(current) ? (current as string[]) : []}
      onChange={(value) => change(value)}
      onBlur={onBlur}
      error={error}
    />
  );
}

export function FileField<Values extends FieldValues, Name extends FieldPath<Values>>({
  control,
  name,
  onPicked,
  ...props
}: Bound<Values, Name> &
  Omit<FileInputProps<false>, 'name' | 'value' | 'onChange' | 'error' | 'multiple'> & {
    /** After a file is chosen, e.g. to name the document after it. */
    onPicked?: (file: File | null) => void;
  }) {
  const { ref, current, change, onBlur, error } = useBound(control, name);
  return (
    <FileInput
      {...props}
      ref={ref}
      name={name}
      value={current instanceof File ? current : null}
      onChange={(file) => {
        change(file);
        onPicked?.(file);
      }}
      onBlur={onBlur}
      error={error}
      clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
    />
  );
}
