import { Anchor, Button, Card, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AgreementSummary, Customer } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate } from '../../ui/format';
import { localDate } from './format';
import { notifySuccess } from '../../ui/notify';
import { AgreementStatusBadge } from './AgreementBadges';
import { GenerateAgreementModal } from './GenerateAgreementModal';

/** The customer's PUB-avtal on the customer page: every version, and "Skapa PUB-avtal". */
export function CustomerAgreements({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [versions, setVersions] = useState<AgreementSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generating, setGenerating] = useState(false);

  useEffect(() => {
    let alive = true;
    call('agreements.list', { customerId: customer.id })
      .then((list) => {
        if (!alive) return;
        setVersions(list);
        setError(null);
      })
      .catch((e: unknown) => alive && setError(e));
    return () => {
      alive = false;
    };
    // The list follows every change of the customer (a saved customer gets a new revision).
  }, [customer.id, customer.revision]);

  const hasAny = (versions?.length ?? 0) > 0;
  return (
    <Stack gap="sm" component="section" aria-labelledby="customer-agreements-title" mt="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" fw={600} id="customer-agreements-title">
            {t('agreements.section.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('agreements.section.description')}
          </Text>
        </div>
        <Button leftSection={<IconFilePlus size={16} />} onClick={() => setGenerating(true)} disabled={versions === null}>
          {hasAny ? t('agreements.newVersion') : t('agreements.section.create')}
        </Button>
      </Group>
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {versions === null ? (
        !error && (
          <Center p="md">
            <Loader size="sm" />
          </Center>
        )
      ) : versions.length === 0 ? (
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            {t('agreements.section.none')}
          </Text>
        </Card>
      ) : (
        <VersionsTable versions={versions} />
      )}
      {generating && (
        <GenerateAgreementModal
          customer={customer}
          onClose={() => setGenerating(false)}
          onGenerated={(created) => {
            setGenerating(false);
            notifySuccess(t('agreements.generate.done', { version: created.version, customer: created.customerName }));
            void navigate(`/pub-avtal/${created.id}`);
          }}
        />
      )}
    </Stack>
  );
}

function VersionsTable({ versions }: { versions: AgreementSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={6} aria-label={t('agreements.section.title')} style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th>{t('agreements.col.version')}</Table.Th>
            <Table.Th w={100}>{t('agreements.col.language')}</Table.Th>
            <Table.Th w={200}>{t('field.status')}</Table.Th>
            <Table.Th w={110}>{t('agreements.col.generated')}</Table.Th>
            <Table.Th w={110}>{t('agreements.col.sent')}</Table.Th>
            <Table.Th w={110}>{t('agreements.col.signed')}</Table.Th>
            <Table.Th w={80}>{t('agreements.col.copy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/pub-avtal/${a.id}`}
                  size="sm"
                  fw={500}
                  aria-label={t('agreements.section.open', { version: a.version })}
                >
                  {t('agreements.versionN', { version: a.version })}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {a.reference}
                </Text>
              </Table.Td>
              <Table.Td>{t(`agreements.lang.${a.lang}`)}</Table.Td>
              <Table.Td>
                <AgreementStatusBadge status={a.status} outOfDate={a.outOfDate} />
              </Table.Td>
              <Table.Td>{localDate(a.generatedAt)}</Table.Td>
              <Table.Td>{formatDate(a.sentOn)}</Table.Td>
              <Table.Td>{formatDate(a.signedOn)}</Table.Td>
              <Table.Td>{a.attachmentCount > 0 ? t('agreements.hasCopy') : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
