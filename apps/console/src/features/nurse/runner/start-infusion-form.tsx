import { Button, NativeSelect, Stack, Text } from '@mantine/core';
import { ACTION_COLOR, DESCRIPTION_PROPS } from '../tones';
import { useState } from 'react';
import { formatDate, todayInPharmacy } from '../../../ui/time';
import type { VisitView } from '../visits.api';
import { formatRate } from '../words';
import { firstRateOf } from './titration';
import type { RecordUpdates } from './use-recorder';

/** Starts the infusion with a lot the pharmacist released, at the plan's first rate. */
export function StartInfusionForm({ visit, record }: { visit: VisitView; record: RecordUpdates }) {
  const today = todayInPharmacy();
  const givable = visit.lots.filter((lot) => lot.usable && lot.effectiveExpiresOn >= today);
  const [lotNumber, setLotNumber] = useState(givable[0]?.lotNumber ?? '');
  const rate = firstRateOf(visit.infusionPlan);
  return (
    <Stack gap="sm">
      <NativeSelect
        size="md"
        label="Lot number"
        description="The lot hung first; the pharmacist released these"
        descriptionProps={DESCRIPTION_PROPS}
        value={lotNumber}
        onChange={(event) => setLotNumber(event.currentTarget.value)}
        data={visit.lots.map((lot) => {
          const expired = lot.effectiveExpiresOn < today;
          return {
            value: lot.lotNumber,
            label: `${lot.lotNumber} · ${lot.vials} × ${lot.vialGrams} g · ${
              !lot.usable
                ? 'not usable (temperature)'
                : expired
                  ? `expired ${formatDate(lot.effectiveExpiresOn)}`
                  : `expires ${formatDate(lot.effectiveExpiresOn)}`
            }`,
            disabled: !lot.usable || expired,
          };
        })}
        error={
          givable.length === 0 ? 'No released lot may be given. Call the pharmacy.' : undefined
        }
      />
      {rate !== undefined && <Text>Starts at step 1: {formatRate(rate)}</Text>}
      <Button
        color={ACTION_COLOR}
        size="lg"
        fullWidth
        disabled={!lotNumber || givable.length === 0}
        onClick={() =>
          void record({
            type: 'infusion_started',
            lotNumber,
            ...(rate === undefined ? {} : { mlPerHour: rate }),
          })
        }
      >
        Start infusion
      </Button>
    </Stack>
  );
}
