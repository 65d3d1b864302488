import { DialogActions } from '../../../ui/dialog-actions';
import { Modal, Select, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ProblemAlert } from '../../../ui/query-view';
import { formatDate } from '../../../ui/time';
import { scheduleApi, type Nurse, type VisitSummary } from './schedule.api';
import { useVisitChange } from './use-visit-change';

/** Gives a visit not begun to a nurse, chosen by name with her territory beside it. */
export function AssignDialog({
  visit,
  nurses,
  onClose,
}: {
  visit: VisitSummary;
  nurses: UseQueryResult<Nurse[]>;
  onClose: () => void;
}) {
  const [nurseId, setNurseId] = useState<string | null>(visit.nurseId);
  const [missing, setMissing] = useState(false);
  const assign = useVisitChange((chosen: string) => scheduleApi.assign(visit.id, chosen), onClose);
  const options = (nurses.data ?? []).map((nurse) => ({
    value: nurse.nurseId,
    label: `${nurse.displayName} (${nurse.nurseId}) · postal ${nurse.postalPrefixes.join(', ')}`,
  }));
  return (
    <Modal opened onClose={onClose} title="Assign a nurse">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!nurseId) setMissing(true);
          else assign.mutate(nurseId);
        }}
      >
        <Stack>
          <Text size="sm">
            {visit.patientName}, {formatDate(visit.visitDate)}
            {visit.postalCode ? `, postal code ${visit.postalCode}` : ''}.
          </Text>
          {nurses.isError && (
            <ProblemAlert error={nurses.error} title="Could not load the nurses" />
          )}
          {assign.isError && (
            <ProblemAlert error={assign.error} title="The visit was not assigned" />
          )}
          <Select
            label="Nurse"
            data={options}
            value={nurseId}
            onChange={(value) => {
              setNurseId(value);
              setMissing(false);
            }}
            searchable
            withAsterisk
            nothingFoundMessage="No nurse by that name"
            disabled={nurses.isPending}
            error={missing ? 'Choose a nurse' : undefined}
            data-autofocus
          />
          <DialogActions submit="Assign" pending={assign.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
