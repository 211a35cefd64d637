import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcessorEntry } from '../../../shared/contract';
import { countryName, enumLabel, locationLabel } from '../../../shared/domain/labels';
import { paths } from '../../app/paths';
import { formatDate } from '../../ui/format';
import { termLabel, useLang } from '../../ui/lang';

/** One Art. 30(2) entry, readable: what is done for the customer under one service. */
export function ProcessorEntryCard({ entry }: { entry: ProcessorEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = (items: string[]) =>
    items.length ? (
      items.join(', ')
    ) : (
      <Text span c="dimmed" size="sm">
        {t('processorRegister.none')}
      </Text>
    );

  return (
    <Card withBorder padding="md" role="article" aria-label={entry.serviceName}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <div>
          <Anchor component={Link} to={paths.services.one(entry.serviceId)} fw={600}>
            {entry.serviceName}
          </Anchor>
          {entry.subjectMatter && (
            <Text size="sm" c="dimmed">
              {entry.subjectMatter}
            </Text>
          )}
          {entry.purpose && (
            <Text size="sm" c="dimmed">
              {t('processorRegister.purpose')}: {entry.purpose}
            </Text>
          )}
        </div>
        <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
          {entry.endDate
            ? t('processorRegister.period', { start: formatDate(entry.startDate), end: formatDate(entry.endDate) })
            : t('processorRegister.since', { start: formatDate(entry.startDate) })}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="sm">
        <Item label={t('processorRegister.processingCategories')}>{list(entry.processingCategories.map((c) => termLabel(c, lang)))}</Item>
        <Item label={t('processorRegister.nature')}>{list(entry.nature.map((n) => enumLabel('processingOperation', n, lang)))}</Item>
        <Item label={t('processorRegister.personalData')}>
          {list(entry.personalDataCategories.map((c) => termLabel(c, lang)))}
          {entry.specialCategories.length > 0 && (
            <Text size="sm" mt={2}>
              <Text span fw={500} size="sm">
                {t('processorRegister.special')}:
              </Text>{' '}
              {entry.specialCategories.map((c) => enumLabel('specialCategory', c, lang)).join(', ')}
            </Text>
          )}
        </Item>
        <Item label={t('processorRegister.dataSubjects')}>{list(entry.dataSubjectCategories.map((c) => termLabel(c, lang)))}</Item>
        <Item label={t('processorRegister.subprocessors')}>
          {list(entry.subprocessors.map((s) => `${s.name} (${locationLabel(s, lang)})`))}
        </Item>
        <Item label={t('processorRegister.transfers')}>
          {entry.transfers.length === 0 ? (
            <Text span size="sm" c="dimmed">
              {t('processorRegister.noTransfers')}
            </Text>
          ) : (
            <Stack gap={2}>
              {entry.transfers.map((tr) => (
                <Text size="sm" key={tr.subprocessorId}>
                  {tr.name} – {countryName(tr.country, lang)}: {enumLabel('transferMechanism', tr.mechanism, lang)}
                </Text>
              ))}
            </Stack>
          )}
        </Item>
        <Item label={t('processorRegister.measures')}>
          {entry.securityMeasures.length === 0 ? list([]) : <Measures labels={entry.securityMeasures.map((m) => termLabel(m, lang))} />}
        </Item>
        <Stack gap="sm">
          <Item label={t('processorRegister.endOfContract')}>{enumLabel('endOfContractAction', entry.endOfContractAction, lang)}</Item>
          <Item label={t('processorRegister.retention')}>{entry.retentionSummary ? entry.retentionSummary[lang] : list([])}</Item>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

const MEASURES_SHOWN = 5;

/** The measures, the first few and the rest on request (a service often links a dozen or more). */
function Measures({ labels }: { labels: string[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? labels : labels.slice(0, MEASURES_SHOWN);
  return (
    <>
      {shown.join(', ')}
      {labels.length > MEASURES_SHOWN && (
        <>
          {all ? ' ' : ' … '}
          <Anchor component="button" type="button" size="sm" onClick={() => setAll((v) => !v)}>
            {all ? t('processorRegister.showFewer') : t('processorRegister.showAll', { count: labels.length })}
          </Anchor>
        </>
      )}
    </>
  );
}
