import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { fieldProblems } from '../../../api/problem';
import { assistanceKeys, type CaseView } from './assistance.api';

/**
 * A coordinator's change to a case: the answer is the case as it now reads, which replaces the
 * cached one; a 400's problems go beside the form's fields of the same name.
 */
export function useCaseChange<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  fields: readonly FieldPath<Values>[],
  send: (values: Values) => Promise<CaseView>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (view) => {
      client.setQueryData(assistanceKeys.one(view.id), view);
      await client.invalidateQueries({ queryKey: [...assistanceKeys.all, 'list'] });
    },
    onError: (error) => {
      for (const [path, message] of fieldProblems(error)) {
        const field = fields.find((known) => known === path);
        if (field) form.setError(field, { type: 'server', message });
      }
    },
  });
}
