import { Anchor, Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AgreementSummary, Customer } from '../../../shared/contract';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { CustomerChangeFlags } from '../change-notices/NoticeSections';
import { formatDate } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { useCall } from '../../ui/useCall';
import { AgreementStatusBadge } from './AgreementBadges';
import { localDate } from './format';
import { GenerateAgreementModal } from './GenerateAgreementModal';

/** The customer's PUB-avtal on the customer page: every version, and "Skapa PUB-avtal". */
export function CustomerAgreements({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Reloads after any change: a saved customer or service can make a version out of date.
  const { data: versions, error } = useCall('agreements.list', { customerId: customer.id });
  const [generating, setGenerating] = useState(false);

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
          <CustomerChangeFlags customerId={customer.id} />
        </div>
        {/* data-field: the overview's "no agreement" item (?falt=agreements) focuses this button. */}
        <Button
          data-field="agreements"
          leftSection={<IconFilePlus size={16} />}
          onClick={() => setGenerating(true)}
          disabled={versions === undefined}
        >
          {hasAny ? t('agreements.newVersion') : t('agreements.section.create')}
        </Button>
      </Group>
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {versions === undefined ? (
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
            void navigate(paths.agreements.one(created.id));
          }}
        />
      )}
    </Stack>
  );
}

/** Each version opens by its link (the row itself is not a button). */
function VersionsTable({ versions }: { versions: AgreementSummary[] }) {
  const { t } = useTranslation();
  const columns = useMemo<ColumnDef<AgreementSummary, unknown>[]>(
    () => [
      {
        id: 'version',
        header: t('agreements.col.version'),
        size: 170,
        cell: (c) => (
          <>
            <Anchor
              component={Link}
              to={paths.agreements.one(c.row.original.id)}
              size="sm"
              fw={500}
              aria-label={t('agreements.section.open', { version: c.row.original.version })}
            >
              {t('agreements.versionN', { version: c.row.original.version })}
            </Anchor>
            <Text size="xs" c="dimmed">
              {c.row.original.reference}
            </Text>
          </>
        ),
      },
      { id: 'lang', header: t('agreements.col.language'), size: 100, cell: (c) => t(`agreements.lang.${c.row.original.lang}`) },
      {
        id: 'status',
        header: t('field.status'),
        size: 200,
        cell: (c) => <AgreementStatusBadge status={c.row.original.status} outOfDate={c.row.original.outOfDate} />,
      },
      { id: 'generatedAt', header: t('agreements.col.generated'), size: 110, cell: (c) => localDate(c.row.original.generatedAt) },
      { id: 'sentOn', header: t('agreements.col.sent'), size: 110, cell: (c) => formatDate(c.row.original.sentOn) },
      { id: 'signedOn', header: t('agreements.col.signed'), size: 110, cell: (c) => formatDate(c.row.original.signedOn) },
      {
        id: 'copy',
        header: t('agreements.col.copy'),
        size: 80,
        cell: (c) => (c.row.original.attachmentCount > 0 ? t('agreements.hasCopy') : ''),
      },
    ],
    [t],
  );
  return (
    <DataTable<AgreementSummary>
      rows={versions}
      columns={columns}
      label={t('agreements.section.title')}
      getRowId={(a) => String(a.id)}
      emptyText={t('agreements.section.none')}
      wrap
    />
  );
}
