import { Anchor, SimpleGrid, Table, Text } from '@mantine/core';
import { SectionCard } from '../../../ui/section-card';
import { formatDate } from '../../../ui/time';
import type { ReferralView } from '../referrals/referrals.api';
import { sizeInWords } from '../shared/document-file';
import { CONTENT_TYPE_WORDS, DOCUMENT_TYPE_WORDS, LAB_WORDS } from '../shared/referral-words';

/** The labs and documents the referral holds, in the order they arrived. */
export function OnFile({ referral }: { referral: ReferralView }) {
  const contentOf = (documentId: string) =>
    `/api/referrals/v1/referrals/${encodeURIComponent(referral.id)}/documents/${encodeURIComponent(documentId)}/content`;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <SectionCard title="Labs on file">
        {referral.labs.length === 0 ? (
          <Text size="sm">None yet.</Text>
        ) : (
          <Table aria-label="Labs on file">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Lab</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>Collected</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referral.labs.map((lab, index) => (
                <Table.Tr key={`${lab.code}-${lab.collectedOn}-${index}`}>
                  <Table.Td>{LAB_WORDS[lab.code].label}</Table.Td>
                  <Table.Td>
                    {lab.value} {lab.unit}
                  </Table.Td>
                  <Table.Td>{formatDate(lab.collectedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      <SectionCard title="Documents on file">
        {referral.documents.length === 0 ? (
          <Text size="sm">None yet.</Text>
        ) : (
          <Table aria-label="Documents on file">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Title</Table.Th>
                <Table.Th>File</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referral.documents.map((document) => (
                <Table.Tr key={document.documentId}>
                  <Table.Td>{DOCUMENT_TYPE_WORDS[document.type]}</Table.Td>
                  <Table.Td>
                    <Anchor href={contentOf(document.documentId)} download>
                      {document.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {CONTENT_TYPE_WORDS[document.contentType]}, {sizeInWords(document.sizeBytes)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
    </SimpleGrid>
  );
}
