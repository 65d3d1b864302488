import { NumberInput, type NumberInputProps } from '@mantine/core';
import { DESCRIPTION_PROPS } from '../tones';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/**
 * A number as the form holds it (`''` while empty), entered with the phone's numeric keypad and
 * large enough to hit with a thumb.
 */
export function NumberField<Values extends FieldValues>({
  control,
  name,
  ...props
}: { control: Control<Values>; name: Path<Values>; label: string } & Omit<
  NumberInputProps,
  'value' | 'onChange' | 'name' | 'error'
>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          size="md"
          inputMode="decimal"
          hideControls
          descriptionProps={DESCRIPTION_PROPS}
          {...props}
          ref={field.ref}
          name={field.name}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
