import { Alert, Badge, Button, Group, List, NumberInput, Paper, SegmentedControl, Select, Stack, Table, Tabs, Text } from '@mantine/core';
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
import { fold } from '../../ui/lang';
import { checkMapping, IGNORE } from './import-model';

export type OnMatch = 'update' | 'create';
type Opened = NonNullable<ImportOpened>;

interface Props {
  opened: Opened;
  mappings: SheetMapping[];
  onChange(mappings: SheetMapping[]): void;
  onMatch: OnMatch;
  onMatchChange(value: OnMatch): void;
}

const NO_TARGET = '__none__';

/** Step 2: per sheet what it is read as, from which header row, and what each column becomes. */
export function MappingStep({ opened, mappings, onChange, onMatch, onMatchChange }: Props) {
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
            <SheetPanel sheet={sheet} opened={opened} mappings={mappings} onChange={onChange} />
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
}

/** The header row the core read the sheet's columns from (its proposal). */
function proposedRow(opened: Opened, sheet: string): number {
  return opened.mappings.find((m) => m.sheet === sheet)?.headerRow ?? 1;
}

/** A column's field when a sheet is given a target by hand: the field whose label is its header. */
function guessColumns(sheet: ImportSheet, fields: readonly ImportField[]): SheetMapping['columns'] {
  const byLabel = new Map(fields.map((f) => [fold(f.label.trim()), f.key]));
  const used = new Set<string>();
  const columns: SheetMapping['columns'] = {};
  for (const column of sheet.columns) {
    const key = byLabel.get(fold(column.header.trim())) ?? null;
    columns[column.letter] = key && !used.has(key) ? key : null;
    if (key) used.add(key);
  }
  return columns;
}

function SheetPanel({ sheet, opened, mappings, onChange }: SheetProps) {
  const { t } = useTranslation();
  const indexes = mappings.flatMap((m, i) => (m.sheet === sheet.name ? [i] : []));
  const headerRow = proposedRow(opened, sheet.name);

  const setTarget = (index: number | null, target: ImportTarget | null) => {
    const fields = target ? (opened.fields[target] ?? []) : [];
    const base = index === null ? null : mappings[index]!;
    let columns: SheetMapping['columns'];
    if (!target) columns = {};
    else if (base?.target) {
      // Keep the columns whose field the new target has too.
      const keys = new Set(fields.map((f) => f.key));
      columns = Object.fromEntries(
        sheet.columns.map((c) => [c.letter, keys.has(base.columns[c.letter] ?? '') ? base.columns[c.letter]! : null]),
      );
    } else columns = guessColumns(sheet, fields);
    const next: SheetMapping = { sheet: sheet.name, target, headerRow: base?.headerRow ?? headerRow, columns };
    onChange(index === null ? [...mappings, next] : mappings.map((m, i) => (i === index ? next : m)));
  };

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
            readFrom={headerRow}
            onTarget={(target) => setTarget(index, target)}
            onHeaderRow={(row) => update(index, { headerRow: row })}
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
  /** The row the shown headers were read from. */
  readFrom: number;
  onTarget(target: ImportTarget | null): void;
  onHeaderRow(row: number): void;
  onColumn(letter: string, key: string | null): void;
  onRemove: (() => void) | null;
}

/** One reading of a sheet: its target, header row and the field of each column, with what it lacks. */
function MappingSection({ sheet, mapping, fields, readFrom, onTarget, onHeaderRow, onColumn, onRemove }: SectionProps) {
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
          {mapping.target && (
            <NumberInput
              label={t('sheetImport.map.headerRow')}
              description={t('sheetImport.map.headerRowHelp')}
              value={mapping.headerRow}
              onChange={(v) => {
                const row = typeof v === 'number' ? v : Number.parseInt(v, 10);
                if (Number.isInteger(row) && row >= 1 && row <= 1000) onHeaderRow(row);
              }}
              min={1}
              max={1000}
              allowDecimal={false}
              allowNegative={false}
              w={200}
            />
          )}
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
            {mapping.headerRow !== readFrom && (
              <Text size="xs" c="dimmed">
                {t('sheetImport.map.headerRowChanged', { row: readFrom, chosen: mapping.headerRow })}
              </Text>
            )}
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
            <ColumnsTable
              sheet={sheet}
              mapping={mapping}
              fields={fields}
              onColumn={onColumn}
              doubled={check.twice.flatMap((d) => d.letters)}
            />
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
