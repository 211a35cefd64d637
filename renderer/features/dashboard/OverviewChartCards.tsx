import { BarsList, DonutChart } from '@mantine/charts';
import {
  Anchor,
  Card,
  ColorSwatch,
  Group,
  RingProgress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  getThemeColor,
  useMantineTheme,
  type MantineColor,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CustomerAgreementStatus, OverviewFigures, TransferZone } from '../../../shared/contract';
import type { LegalBasis } from '../../../shared/domain/enums';
import { enumLabel, locationLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';

// The overview's completeness figure and three small charts, all from one core call
// (overview.figures). Counts are written out beside every chart, and each chart has a text
// summary, so nothing depends on telling colours apart. The lists take no filter in their
// address, so a chart opens its whole list.

/** The same colours as the agreement badges of the customer list (StatusBadges), in the theme's shades. */
const AGREEMENT_COLORS: Record<CustomerAgreementStatus, MantineColor> = {
  none: 'red.8',
  draft: 'gray.5',
  sent: 'blue.5',
  overdue: 'red.5',
  signed: 'teal.6',
  outOfDate: 'orange.5',
};

const ZONE_COLORS: Record<TransferZone, MantineColor> = { eea: 'teal.6', adequacy: 'blue.5', thirdCountry: 'orange.6' };

/** Places named beside the sub-processors chart; the rest are counted. */
const PLACES_SHOWN = 5;

interface Slice {
  key: string;
  label: string;
  count: number;
  color: MantineColor;
}

/** "Samtycke (art. 6.1 a)" → "Samtycke"; "Berättigat intresse – intresseavvägning (…)" → "Berättigat intresse". */
const shortBasis = (basis: LegalBasis, lang: Language) =>
  enumLabel('legalBasis', basis, lang)
    .replace(/\s*\(.*\)\s*$/, '')
    .split(' – ')[0]!
    .trim();

/** The cards themselves, in their own chunk (see OverviewCharts). */
export function OverviewChartCards() {
  const { t } = useTranslation();
  const { data, error } = useCall('overview.figures', {});
  return (
    <Stack gap="xs" role="region" aria-label={t('overview.charts.region')}>
      {error ? (
        <Text size="sm" c="red">
          {t(errorKey(error))}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <CompletenessCard figure={data?.completeness} />
        <LegalBasisCard figure={data?.activitiesByLegalBasis} />
        <AgreementsCard figure={data?.agreementsByStatus} />
        <SubprocessorsCard figure={data?.subprocessorsByPlace} />
      </SimpleGrid>
    </Stack>
  );
}

function ChartCard({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Card withBorder padding="md" role="region" aria-label={title}>
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap="sm">
          <Text component="h3" size="sm" fw={600} m={0}>
            {title}
          </Text>
          {children}
        </Stack>
        {footer}
      </Stack>
    </Card>
  );
}

const Loading = () => <Skeleton h={96} />;

/** Colour, label and count of each slice: the chart's legend and its numbers as text. */
function Legend({ slices }: { slices: Slice[] }) {
  const theme = useMantineTheme();
  return (
    <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none', minWidth: 0 }}>
      {slices.map((s) => (
        <Group key={s.key} component="li" gap={6} wrap="nowrap" align="flex-start" data-testid={`legend-${s.key}`}>
          <ColorSwatch color={getThemeColor(s.color, theme)} size={10} mt={4} withShadow={false} style={{ flexShrink: 0 }} />
          <Text size="xs" style={{ flex: 1, minWidth: 0 }}>
            {s.label}
          </Text>
          <Text size="xs" fw={600}>
            {s.count}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** A donut of the slices with their total in the middle, its legend beside it; a click on a segment opens `to`. */
function Donut({ slices, total, summary, to }: { slices: Slice[]; total: number; summary: string; to: string }) {
  const navigate = useNavigate();
  const shown = slices.filter((s) => s.count > 0);
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      {/* The legend says the same in words: the drawing is an image with its summary. */}
      <div role="img" aria-label={summary} style={{ flexShrink: 0 }}>
        <DonutChart
          data={shown.map((s) => ({ name: s.label, value: s.count, color: s.color }))}
          size={88}
          thickness={13}
          chartLabel={total}
          withTooltip={false}
          accessibilityLayer={false}
          strokeWidth={1}
          pieProps={{ onClick: () => void navigate(to), style: { cursor: 'pointer' }, isAnimationActive: false }}
        />
      </div>
      <Legend slices={shown} />
    </Group>
  );
}

function ListLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      {children}
    </Anchor>
  );
}

const listOf = (t: TFunction, slices: Slice[]) =>
  slices
    .filter((s) => s.count > 0)
    .map((s) => t('overview.charts.item', { label: s.label, count: s.count }))
    .join(', ');

/** The register's one completeness figure (the activities list shows the same). */
function CompletenessCard({ figure }: { figure: OverviewFigures['completeness'] | undefined }) {
  const { t } = useTranslation();
  const score = figure?.score ?? null;
  const color = score === null ? 'gray' : score >= 100 ? 'teal' : score >= 60 ? 'yellow' : 'orange';
  return (
    <ChartCard title={t('completeness.register')}>
      {figure === undefined ? (
        <Loading />
      ) : (
        <>
          <Group gap="sm" wrap="nowrap">
            <RingProgress
              size={76}
              thickness={7}
              roundCaps
              sections={score === null ? [] : [{ value: score, color }]}
              label={
                <Text ta="center" fw={700} size="sm" data-testid="completeness-score">
                  {score === null ? '–' : `${score} %`}
                </Text>
              }
            />
            <Text size="sm" fw={500} style={{ minWidth: 0 }}>
              {score === null ? t('completeness.registerNone') : t('completeness.registerScore', { score })}
            </Text>
          </Group>
          {score === null ? (
            <Text size="xs" c="dimmed">
              {t('overview.charts.completeness.empty')}
            </Text>
          ) : (
            <Stack gap={2}>
              <ListLink to={paths.activities.list}>{t('overview.charts.completeness.activities', figure.activities)}</ListLink>
              <ListLink to={paths.services.list}>{t('overview.charts.completeness.services', figure.services)}</ListLink>
              <Text size="xs" c="dimmed" mt={4}>
                {t('completeness.registerHelp')}
              </Text>
            </Stack>
          )}
        </>
      )}
    </ChartCard>
  );
}

function LegalBasisCard({ figure }: { figure: OverviewFigures['activitiesByLegalBasis'] | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const title = t('overview.charts.legalBasis.title');
  if (figure === undefined) return <ChartCard title={title}>{<Loading />}</ChartCard>;
  if (figure.activities === 0) {
    return (
      <ChartCard title={title} footer={<ListLink to={paths.activities.list}>{t('overview.charts.legalBasis.link')}</ListLink>}>
        <Text size="sm" c="dimmed">
          {t('overview.charts.legalBasis.empty')}
        </Text>
      </ChartCard>
    );
  }
  const slices: Slice[] = figure.bases
    .filter((b) => b.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((b) => ({ key: b.legalBasis, label: shortBasis(b.legalBasis, lang), count: b.count, color: 'forteckna' }));
  return (
    <ChartCard title={title} footer={<ListLink to={paths.activities.list}>{t('overview.charts.legalBasis.link')}</ListLink>}>
      <div role="img" aria-label={t('overview.charts.legalBasis.summary', { list: listOf(t, slices) })}>
        <BarsList
          aria-hidden
          data={slices.map((s) => ({ name: s.label, value: s.count }))}
          barHeight={22}
          barGap={4}
          barColor="forteckna"
          getBarProps={(bar) => ({
            style: { whiteSpace: 'nowrap', fontSize: 'var(--mantine-font-size-xs)', cursor: 'pointer' },
            title: enumLabel('legalBasis', slices.find((s) => s.label === bar.name)?.key ?? '', lang),
            onClick: () => void navigate(paths.activities.list),
          })}
        />
      </div>
      <Text size="xs" c="dimmed">
        {figure.withoutBasis > 0
          ? `${t('overview.charts.legalBasis.without', { count: figure.withoutBasis })} ${t('overview.charts.legalBasis.note')}`
          : t('overview.charts.legalBasis.note')}
      </Text>
    </ChartCard>
  );
}

function AgreementsCard({ figure }: { figure: OverviewFigures['agreementsByStatus'] | undefined }) {
  const { t } = useTranslation();
  const title = t('overview.charts.agreements.title');
  const footer = (
    <Stack gap={0}>
      <ListLink to={paths.customers.list}>{t('overview.charts.agreements.link')}</ListLink>
      {figure && figure.customers > 0 ? (
        <Text size="xs" c="dimmed">
          {t('overview.charts.agreements.hint')}
        </Text>
      ) : null}
    </Stack>
  );
  if (figure === undefined) return <ChartCard title={title}>{<Loading />}</ChartCard>;
  if (figure.customers === 0) {
    return (
      <ChartCard title={title} footer={footer}>
        <Text size="sm" c="dimmed">
          {t('overview.charts.agreements.empty')}
        </Text>
      </ChartCard>
    );
  }
  // The customer list's own words for each status.
  const slices: Slice[] = figure.statuses.map((s) => ({
    key: s.status,
    label: t(`agreements.customer.${s.status}`),
    count: s.count,
    color: AGREEMENT_COLORS[s.status],
  }));
  return (
    <ChartCard title={title} footer={footer}>
      <Donut
        slices={slices}
        total={figure.customers}
        to={paths.customers.list}
        summary={t('overview.charts.agreements.summary', { count: figure.customers, list: listOf(t, slices) })}
      />
    </ChartCard>
  );
}

function SubprocessorsCard({ figure }: { figure: OverviewFigures['subprocessorsByPlace'] | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = t('overview.charts.subprocessors.title');
  const footer = <ListLink to={paths.subprocessors.list}>{t('overview.charts.subprocessors.link')}</ListLink>;
  if (figure === undefined) return <ChartCard title={title}>{<Loading />}</ChartCard>;
  if (figure.subprocessors === 0) {
    return (
      <ChartCard title={title} footer={footer}>
        <Text size="sm" c="dimmed">
          {t('overview.charts.subprocessors.empty')}
        </Text>
      </ChartCard>
    );
  }
  const slices: Slice[] = figure.zones.map((z) => ({
    key: z.zone,
    label: t(`overview.charts.subprocessors.zone.${z.zone}`),
    count: z.count,
    color: ZONE_COLORS[z.zone],
  }));
  const places = figure.places.slice(0, PLACES_SHOWN).map((p) => `${locationLabel(p, lang)}\u00a0${p.count}`);
  const more = figure.places.length - PLACES_SHOWN;
  if (more > 0) places.push(t('overview.charts.subprocessors.more', { count: more }));
  return (
    <ChartCard title={title} footer={footer}>
      <Donut
        slices={slices}
        total={figure.subprocessors}
        to={paths.subprocessors.list}
        summary={t('overview.charts.subprocessors.summary', { count: figure.subprocessors, list: listOf(t, slices) })}
      />
      <Text size="xs" c="dimmed" data-testid="subprocessor-places">
        {t('overview.charts.subprocessors.places', { list: places.join(' · ') })}
      </Text>
    </ChartCard>
  );
}
