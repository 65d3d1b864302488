import { Button, Group, List, Text, ThemeIcon } from '@mantine/core';
import { DOCUMENT_TYPE_WORDS, LAB_WORDS } from '../shared/referral-words';
import { missingItemOf, missingItemWords, type MissingItem } from '../shared/missing-items';
import type { ReferralView } from '../referrals/referrals.api';

/** What the coordinator asked to add from the checklist: the form to open, and what for. */
export type AddRequest =
  | { kind: 'document'; type: Extract<MissingItem, { kind: 'document' }>['type'] }
  | { kind: 'lab'; code: Extract<MissingItem, { kind: 'lab' }>['lab'] };

/**
 * The intake checklist: every item intake has found missing at some point, each either still
 * missing (with the way to add it) or received since. Its state is said in words, not colour.
 */
export function MissingItemsChecklist({
  referral,
  onAdd,
}: {
  referral: ReferralView;
  onAdd?: (request: AddRequest) => void;
}) {
  const missing = new Set(referral.missing);
  const everMissing = [
    ...new Set([...referral.history.flatMap((change) => change.missing), ...referral.missing]),
  ];
  if (everMissing.length === 0)
    return <Text size="sm">Intake found nothing missing: the referral came complete.</Text>;
  return (
    <>
      <Text size="sm" mb="xs">
        {missing.size === 0
          ? 'Everything intake asked for has been received.'
          : `${missing.size} of ${everMissing.length} item${everMissing.length === 1 ? '' : 's'} still missing.`}
      </Text>
      <List spacing="xs" size="sm" aria-label="Missing items" center>
        {everMissing.map((code) => {
          const item = missingItemOf(code);
          const open = missing.has(code);
          return (
            <List.Item
              key={code}
              icon={
                <ThemeIcon color={open ? 'yellow' : 'green'} size={22} radius="xl" aria-hidden>
                  {open ? '!' : '✓'}
                </ThemeIcon>
              }
            >
              <Group gap="sm">
                <Text size="sm">
                  <Text span fw={600}>
                    {open ? 'Missing:' : 'Received:'}
                  </Text>{' '}
                  {missingItemWords(item)}
                </Text>
                {open && onAdd && <AddButton item={item} onAdd={onAdd} />}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </>
  );
}

function AddButton({ item, onAdd }: { item: MissingItem; onAdd: (request: AddRequest) => void }) {
  if (item.kind === 'document')
    return (
      <Button
        size="xs"
        variant="default"
        onClick={() => onAdd({ kind: 'document', type: item.type })}
      >
        Upload {DOCUMENT_TYPE_WORDS[item.type].toLowerCase()}
      </Button>
    );
  if (item.kind === 'lab')
    return (
      <Button size="xs" variant="default" onClick={() => onAdd({ kind: 'lab', code: item.lab })}>
        Add {LAB_WORDS[item.lab].label} result
      </Button>
    );
  return null;
}
