import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_TARGETS,
  type ImportField,
  type ImportOpened,
  type ImportSheet,
  type ImportTarget,
  type SheetMapping,
} from '../../../shared/contract';
import { checkMapping, IGNORE } from './import-model';
import type { SheetReadings } from './useSheetReadings';

export type OnMatch = 'update' | 'create';
type Opened = NonNullable<ImportOpened>;

interface Props {
  opened: Opened;
  mappings: SheetMapping[];
  onChange(mappings: SheetMapping[]): void;
  /** Header rows and targets go through the core, which reads the sheet's columns again. */
  readings: Pick<SheetReadings, 'pending' | 'errors' | 'setHeaderRow' | 'setTarget'>;
  onMatch: OnMatch;
  onMatchChange(value: OnMatch): void;
}

const NO_TARGET = '__none__';

/** Step 2: per sheet what it is read as, from which header row, and what each column becomes. */
export function MappingStep({ opened, mappings, onChange, readings, onMatch, onMatchChange }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>(opened.sheets[0]?.name ?? null);

  const intro = opened.ownWorkbook ? 'sheetImport.map.own' : opened.remembered ? 'sheetImport.map.remembered' : 'sheetImport.map.proposed';
  return (
    <Stack gap="md">
      <Alert color={opened.ownWorkbook || opened.remembered ? 'teal' : 'blue'} icon={<IconInfoCircle size={18} />}>
        <Text size="sm">{t(intro)}</Text>
        {opened.detected && (
          <Text size="sm" c="dimmed">
            {t('sheetImport.map.detected', { detected: opened.detected })}
          </Text>
        )}
      </Alert>
      {opened.omissions.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('sheetImport.map.omissions')}>
          <List size="sm">
            {opened.omissions.map((omission) => (
              <List.Item key={omission}>{omission}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={t('sheetImport.map.sheets')}>
          {opened.sheets.map((sheet) => {
            const targets = mappings.filter((m) => m.sheet === sheet.name && m.target).map((m) => m.target as ImportTarget);
            return (
              <Tabs.Tab key={sheet.name} value={sheet.name}>
                <Group gap={6} wrap="nowrap">
                  <span>{sheet.name}</span>
                  <Badge size="xs" variant={targets.length ? 'light' : 'outline'} color={targets.length ? 'blue' : 'gray'}>
                    {targets.length ? targets.map((target) => t(`sheetImport.target.${target}`)).join(', ') : t('sheetImport.map.ignored')}
                  </Badge>
                </Group>
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {opened.sheets.map((sheet) => (
          <Tabs.Panel key={sheet.name} value={sheet.name} pt="md">
            <SheetPanel sheet={sheet} opened={opened} mappings={mappings} onChange={onChange} readings={readings} />
          </Tabs.Panel>
        ))}
      </Tabs>
      {!mappings.some((m) => m.target) && (
        <Text size="sm" c="red" role="alert">
          {t('sheetImport.map.nothing')}
        </Text>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="sheet-import-on-match">
          {t('sheetImport.map.onMatch')}
        </Text>
        <SegmentedControl
          aria-labelledby="sheet-import-on-match"
          value={onMatch}
          onChange={(value) => onMatchChange(value as OnMatch)}
          data={[
            { value: 'update', label: t('sheetImport.map.onMatch.update') },
            { value: 'create', label: t('sheetImport.map.onMatch.create') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <Text size="xs" c="dimmed">
          {t('sheetImport.map.onMatchHelp')}
        </Text>
      </Stack>
    </Stack>
  );
}

interface SheetProps {
  sheet: ImportSheet;
  opened: Opened;
  mappings: SheetMapping[];
  onChange(mappings: SheetMapping[]): void;
  readings: Props['readings'];
}

/** The sheet's header row: the one all its mappings read from, else the core's proposal. */
function headerRowOf(opened: Opened, mappings: SheetMapping[], sheet: string): number {
  return (mappings.find((m) => m.sheet === sheet) ?? opened.mappings.find((m) => m.sheet === sheet))?.headerRow ?? 1;
}

function SheetPanel({ sheet, opened, mappings, onChange, readings }: SheetProps) {
  const { t } = useTranslation();
  const indexes = mappings.flatMap((m, i) => (m.sheet === sheet.name ? [i] : []));
  const headerRow = headerRowOf(opened, mappings, sheet.name);
  const busy = readings.pending[sheet.name] === true;
  const error = readings.errors[sheet.name] ?? null;

  // The core proposes the new target's columns from the headers of the sheet's header row.
  const setTarget = (index: number | null, target: ImportTarget | null) => readings.setTarget(sheet.name, index, target, headerRow);

  const add = () => onChange([...mappings, { sheet: sheet.name, target: null, headerRow, columns: {} }]);
  const remove = (index: number) => onChange(mappings.filter((_, i) => i !== index));
  const update = (index: number, patch: Partial<SheetMapping>) => onChange(mappings.map((m, i) => (i === index ? { ...m, ...patch } : m)));

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text fw={600}>{sheet.name}</Text>
        {sheet.hidden && (
          <Badge color="gray" variant="light">
            {t('sheetImport.map.hidden')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t('sheetImport.map.rows', { count: sheet.dataRows })}
        </Text>
      </Group>
      {indexes.some((i) => mappings[i]!.target) && (
        <NumberInput
          label={t('sheetImport.map.headerRow')}
          description={t('sheetImport.map.headerRowHelp')}
          value={headerRow}
          onChange={(v) => {
            const row = typeof v === 'number' ? v : Number.parseInt(v, 10);
            if (Number.isInteger(row) && row >= 1 && row <= 1000 && row !== headerRow) readings.setHeaderRow(sheet.name, row);
          }}
          error={error}
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          w={260}
        />
      )}
      {sheet.note && (
        <Alert color="gray" icon={<IconInfoCircle size={18} />}>
          <Text size="sm">{sheet.note}</Text>
        </Alert>
      )}
      {indexes.length === 0 ? (
        <TargetSelect sheet={sheet.name} value={null} onChange={(target) => setTarget(null, target)} />
      ) : (
        indexes.map((index) => (
          <MappingSection
            key={index}
            sheet={sheet}
            mapping={mappings[index]!}
            fields={mappings[index]!.target ? (opened.fields[mappings[index]!.target] ?? []) : []}
            busy={busy}
            onTarget={(target) => setTarget(index, target)}
            onColumn={(letter, key) => update(index, { columns: { ...mappings[index]!.columns, [letter]: key } })}
            onRemove={indexes.length > 1 ? () => remove(index) : null}
          />
        ))
      )}
      {indexes.some((i) => mappings[i]!.target) && (
        <Group>
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={add}>
            {t('sheetImport.map.addTarget')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function TargetSelect({
  sheet,
  value,
  onChange,
}: {
  sheet: string;
  value: ImportTarget | null;
  onChange(target: ImportTarget | null): void;
}) {
  const { t } = useTranslation();
  const data = useMemo(
    () => [
      { value: NO_TARGET, label: t('sheetImport.map.noTarget') },
      ...IMPORT_TARGETS.map((target) => ({ value: target, label: t(`sheetImport.target.${target}`) })),
    ],
    [t],
  );
  return (
    <Select
      label={t('sheetImport.map.target')}
      aria-label={t('sheetImport.map.targetFor', { sheet })}
      data={data}
      value={value ?? NO_TARGET}
      onChange={(v) => onChange(!v || v === NO_TARGET ? null : (v as ImportTarget))}
      allowDeselect={false}
      w={260}
    />
  );
}

interface SectionProps {
  sheet: ImportSheet;
  mapping: SheetMapping;
  fields: readonly ImportField[];
  /** The core is reading the sheet's columns again. */
  busy: boolean;
  onTarget(target: ImportTarget | null): void;
  onColumn(letter: string, key: string | null): void;
  onRemove: (() => void) | null;
}

/** One reading of a sheet: its target, header row and the field of each column, with what it lacks. */
function MappingSection({ sheet, mapping, fields, busy, onTarget, onColumn, onRemove }: SectionProps) {
  const { t } = useTranslation();
  const check = useMemo(() => checkMapping(mapping, fields), [mapping, fields]);
  const targetName = mapping.target ? t(`sheetImport.target.${mapping.target}`) : t('sheetImport.map.noTarget');
  const names = (list: ImportField[]) => list.map((f) => f.label).join(', ');
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('sheetImport.map.section', { sheet: sheet.name, target: targetName })}
    >
      <Stack gap="sm">
        <Group align="flex-end" gap="md">
          <TargetSelect sheet={sheet.name} value={mapping.target} onChange={onTarget} />
          {onRemove && (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              leftSection={<IconTrash size={14} />}
              onClick={onRemove}
              aria-label={t('sheetImport.map.removeTargetLabel', { target: targetName })}
            >
              {t('sheetImport.map.removeTarget')}
            </Button>
          )}
        </Group>
        {mapping.target && (
          <>
            {check.missingRequired.length > 0 && (
              <Alert color="red" icon={<IconAlertTriangle size={18} />} p="xs">
                <Text size="sm">{t('sheetImport.map.missingRequired', { fields: names(check.missingRequired) })}</Text>
              </Alert>
            )}
            {check.twice.map(({ field, letters }) => (
              <Alert key={field.key} color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
                <Text size="sm">{t('sheetImport.map.twice', { field: field.label, letters: letters.join(', ') })}</Text>
              </Alert>
            ))}
            {check.missingExpected.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('sheetImport.map.missingExpected', { fields: names(check.missingExpected) })}
              </Text>
            )}
            <Box aria-busy={busy} style={busy ? { opacity: 0.5, pointerEvents: 'none' } : undefined}>
              <ColumnsTable
                sheet={sheet}
                mapping={mapping}
                fields={fields}
                onColumn={onColumn}
                doubled={check.twice.flatMap((d) => d.letters)}
              />
            </Box>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ColumnsTable({
  sheet,
  mapping,
  fields,
  onColumn,
  doubled,
}: {
  sheet: ImportSheet;
  mapping: SheetMapping;
  fields: readonly ImportField[];
  onColumn(letter: string, key: string | null): void;
  doubled: string[];
}) {
  const { t } = useTranslation();
  const data = useMemo(
    () => [
      { value: IGNORE, label: t('sheetImport.map.ignore') },
      ...fields.map((f) => ({ value: f.key, label: `${f.label}${f.required ? ' *' : f.expected ? ' °' : ''}` })),
    ],
    [fields, t],
  );
  if (sheet.columns.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('sheetImport.map.noColumns')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Table aria-label={t('sheetImport.map.columns', { sheet: sheet.name })} verticalSpacing={4} style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('sheetImport.map.col.letter')}</Table.Th>
            <Table.Th w="25%">{t('sheetImport.map.col.header')}</Table.Th>
            <Table.Th>{t('sheetImport.map.col.samples')}</Table.Th>
            <Table.Th w="32%">{t('sheetImport.map.col.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.columns.map((column) => {
            const header = column.header.trim() || t('sheetImport.map.noHeader');
            const value = mapping.columns[column.letter] ?? null;
            return (
              <Table.Tr key={column.letter}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {column.letter}
                  </Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" c={column.header.trim() ? undefined : 'dimmed'}>
                    {header}
                  </Text>
                </Table.Td>
                <Table.Td style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  <Text size="xs" c="dimmed" span title={column.samples.join(' · ')}>
                    {column.samples.join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('sheetImport.map.fieldFor', { letter: column.letter, header })}
                    data={data}
                    value={value ?? IGNORE}
                    onChange={(v) => onColumn(column.letter, !v || v === IGNORE ? null : v)}
                    allowDeselect={false}
                    searchable
                    size="xs"
                    error={doubled.includes(column.letter)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {t('sheetImport.map.legend')}
      </Text>
    </Stack>
  );
}
