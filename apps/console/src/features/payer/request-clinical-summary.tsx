import { List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { FactList } from '../../ui/fact-list';
import { SectionCard } from '../../ui/section-card';
import { formatDate } from '../../ui/time';
import type { RequestView } from './requests.api';

/**
 * The clinical content of the PAS Bundle as a reviewer reads it: who, why, what for how long,
 * the labs that support it and the documents attached.
 */
export function RequestClinicalSummary({ request }: { request: RequestView }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SectionCard title="Patient">
          <FactList
            facts={[
              ['Name', request.patient.name ?? 'Not given'],
              ['Born', formatDate(request.patient.birthDate)],
              ['Sex', request.patient.gender ?? 'Not given'],
              ['Member id', request.patient.memberId],
            ]}
          />
        </SectionCard>
        <SectionCard title="Provider">
          <FactList
            facts={[
              ['Name', request.provider.name ?? 'Not given'],
              ['NPI', request.provider.npi ?? 'Not given'],
            ]}
          />
        </SectionCard>
      </SimpleGrid>
      <SectionCard title="Diagnoses">
        {request.diagnoses.length === 0 ? (
          <Text>No ICD-10-CM diagnosis sent.</Text>
        ) : (
          <List spacing={4}>
            {request.diagnoses.map((diagnosis, index) => (
              <List.Item key={`${diagnosis.code}-${index}`}>
                <Text span fw={600}>
                  {diagnosis.code}
                </Text>{' '}
                {diagnosis.display ?? '(no description sent with the code)'}
                {index === 0 && request.diagnoses.length > 1 ? ' · principal' : ''}
              </List.Item>
            ))}
          </List>
        )}
      </SectionCard>
      <SectionCard title="Requested">
        <Stack gap="xs">
          <Text>
            Medication:{' '}
            {request.product.medications.length > 0
              ? request.product.medications.join(', ')
              : 'not named'}
            {request.product.codes.length > 0 ? ` · HCPCS ${request.product.codes.join(', ')}` : ''}
          </Text>
          <Table aria-label="Requested items" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Item</Table.Th>
                <Table.Th>Product or service</Table.Th>
                <Table.Th>Units</Table.Th>
                <Table.Th>Period</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {request.requestedItems.map((item) => (
                <Table.Tr key={item.sequence}>
                  <Table.Td>
                    {item.sequence}
                    {item.cancelled ? ' (cancelled by the provider)' : ''}
                  </Table.Td>
                  <Table.Td>
                    {[item.code, item.display].filter(Boolean).join(' · ') || 'Not coded'}
                  </Table.Td>
                  <Table.Td>{item.units ?? 'Not given'}</Table.Td>
                  <Table.Td>
                    {item.period
                      ? `${formatDate(item.period.start)} to ${formatDate(item.period.end)}`
                      : 'Not given'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </SectionCard>
      <SectionCard title="Labs">
        {request.labs.length === 0 ? (
          <Text>No lab results attached.</Text>
        ) : (
          <Table aria-label="Lab results" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Test</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Collected</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {request.labs.map((lab, index) => (
                <Table.Tr key={`${lab.code ?? 'lab'}-${index}`}>
                  <Table.Td>
                    <Text size="sm">{lab.display ?? 'Unnamed test'}</Text>
                    {lab.code && (
                      <Text size="xs" c="dimmed">
                        LOINC {lab.code}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {lab.value !== undefined ? `${lab.value} ${lab.unit ?? ''}`.trim() : 'No value'}
                  </Table.Td>
                  <Table.Td>{formatDate(lab.date)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      <SectionCard title="Documents attached">
        {request.documents.length === 0 ? (
          <Text>No documents attached.</Text>
        ) : (
          <List spacing={4}>
            {request.documents.map((document, index) => (
              <List.Item key={index}>
                {document.title ?? 'Untitled document'}
                <Text span c="dimmed" size="sm">
                  {[document.type, kindOfFile(document.contentType)]
                    .filter(Boolean)
                    .map((part) => ` · ${part}`)
                    .join('')}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </SectionCard>
    </Stack>
  );
}

const FILE_KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'text/plain': 'text',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/tiff': 'TIFF image',
};

function kindOfFile(contentType: string | undefined): string | undefined {
  return contentType ? (FILE_KINDS[contentType] ?? contentType) : undefined;
}
