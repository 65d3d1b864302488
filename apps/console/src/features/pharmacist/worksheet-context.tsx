import { Anchor, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { FactList } from '../../ui/fact-list';
import { SectionCard } from '../../ui/section-card';
import { formatDate } from '../../ui/time';
import type { AuthorizationSection, Worksheet } from './dispenses.api';
import { Sources } from './worksheet-dose';

/** What the dose is checked against: product, indication, authorization, labs, documents. */
export function WorksheetContext({ worksheet }: { worksheet: Worksheet }) {
  const { product, indication, labs } = worksheet;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <SectionCard title="Product and indication">
          <FactList
            facts={[
              [
                'Product',
                `${product.brandName} ${product.concentrationPercent} % (${product.manufacturer})`,
              ],
              ['Prescribed', product.prescribedBrand ?? 'no brand named'],
              ['Route', `${worksheet.therapy}, ${worksheet.route}`],
              [
                'Diagnosis',
                `${indication.diagnosisCode}: ${indication.name ?? 'no indication of the reference'}${indication.offLabel ? ' (off-label)' : ''}`,
              ],
              ...(product.unconfirmed.length > 0
                ? [['Unconfirmed', product.unconfirmed.join(', ')] as [string, string]]
                : []),
            ]}
          />
          <Sources sources={product.sources} />
        </SectionCard>
        <SectionCard title="Authorization">
          <AuthorizationFacts authorization={worksheet.authorization} />
        </SectionCard>
      </SimpleGrid>
      <SectionCard title="Labs">
        <Stack gap="xs">
          <Text size="sm">
            {labs.passed ? 'Labs pass' : 'Labs do not pass'}: results within {labs.maxAgeDays} days
            of {formatDate(labs.referenceDate)}.
          </Text>
          {labs.present.length > 0 && (
            <Table aria-label="Lab results on the referral" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Lab</Table.Th>
                  <Table.Th>Result</Table.Th>
                  <Table.Th>Collected</Table.Th>
                  <Table.Th>Age</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {labs.present.map((lab) => (
                  <Table.Tr key={lab.code}>
                    <Table.Td>{lab.code}</Table.Td>
                    <Table.Td>
                      {lab.value} {lab.unit}
                    </Table.Td>
                    <Table.Td>{formatDate(lab.collectedOn)}</Table.Td>
                    <Table.Td>
                      {lab.ageDays} days{lab.fresh ? '' : ' (too old)'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {labs.issues.length > 0 && (
            <List size="sm">
              {labs.issues.map((issue) => (
                <List.Item key={issue.code}>{issue.message}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </SectionCard>
      {worksheet.links.documents.length > 0 && (
        <SectionCard title="Referral documents">
          <List size="sm">
            {worksheet.links.documents.map((document) => (
              <List.Item key={document.documentId}>
                <Anchor href={throughGateway(document.href)} target="_blank" rel="noopener">
                  {document.title}
                </Anchor>{' '}
                ({document.type.replace(/_/g, ' ')})
              </List.Item>
            ))}
          </List>
        </SectionCard>
      )}
    </Stack>
  );
}

function AuthorizationFacts({ authorization }: { authorization: AuthorizationSection | null }) {
  if (!authorization) return <Text size="sm">No authorization covers this dose.</Text>;
  return (
    <Stack gap="xs">
      <FactList
        facts={[
          ['Number', authorization.authorizationNumber],
          ['HCPCS', authorization.hcpcs],
          [
            'Period',
            `${formatDate(authorization.periodStart)} to ${formatDate(authorization.periodEnd)}`,
          ],
          ['Authorized', `${authorization.authorizedUnits} units`],
          ['Used by other doses', `${authorization.usedUnits} units`],
          ['Left after this dose', `${authorization.remainingAfterThisDose} units`],
        ]}
      />
      {authorization.releaseBlockers.length > 0 && (
        <List size="sm">
          {authorization.releaseBlockers.map((blocker) => (
            <List.Item key={blocker.code}>Blocks release: {blocker.message}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/**
 * Pharmacy links a document at the referrals service itself; the browser reaches that service
 * through the gateway only, under /api/referrals/.
 */
function throughGateway(href: string): string {
  try {
    const url = new URL(href);
    return `/api/referrals${url.pathname}`;
  } catch {
    return href;
  }
}
