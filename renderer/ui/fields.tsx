import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  type ComboboxData,
  type MultiSelectProps,
  type NativeSelectProps,
  type SelectProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useController, useFormContext, useWatch, type FieldPath, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SecurityMeasure, VocabularyTerm } from '../../shared/contract';
import { MEASURE_CATEGORIES, PERSONAL_DATA_FLAGS, type VocabularyKind } from '../../shared/domain/enums';
import { countryName, countryOptions, enumLabel, type LabelKind } from '../../shared/domain/labels';
import type { Language } from '../../shared/messages';
import { errorAt, issueText } from './forms';
import { termLabel, useLang } from './lang';

// The field widgets every record form shares. Each reads the form from react-hook-form's
// FormProvider and shows its error in the current language. Bind them to a form's type once with
// `fieldsFor<MyForm>()`, so a field name (and the kind of value behind it) is checked.

/** The error text of any field of the form in context (`name`, `purposes.0.description`), in the current language. */
export function useFieldError(): (name: string) => string | undefined {
  const { t } = useTranslation();
  const {
    formState: { errors },
  } = useFormContext();
  return (name) => issueText(t, errorAt(errors, name));
}

/** Select options for the given values of an enum, labelled in `lang`. */
function enumOptions(kind: LabelKind, values: readonly string[], lang: Language) {
  return values.map((value) => ({ value, label: enumLabel(kind, value, lang) }));
}

/** A field whose value is `V` (e.g. a text field's name must hold a string). */
export type Named<F extends FieldValues, V> = { name: FieldPathByValue<F, V> };

/** The controlled field behind a widget that is not a plain input (checkboxes, selects of ids …). */
function useField<F extends FieldValues>(name: string) {
  const { field } = useController<F>({ name: name as FieldPath<F> });
  return field;
}

/** A one-line text. */
export function TextField<F extends FieldValues>({ name, ...props }: Named<F, string> & Omit<TextInputProps, 'name' | 'error'>) {
  const { register } = useFormContext<F>();
  const err = useFieldError();
  return <TextInput {...props} {...register(name as FieldPath<F>)} error={err(name)} />;
}

/** A multi-line text that grows with its content. */
export function TextAreaField<F extends FieldValues>({ name, ...props }: Named<F, string> & Omit<TextareaProps, 'name' | 'error'>) {
  const { register } = useFormContext<F>();
  const err = useFieldError();
  return <Textarea autosize minRows={2} {...props} {...register(name as FieldPath<F>)} error={err(name)} />;
}

export interface EnumProps {
  kind: LabelKind;
  /** The enum's values, in the order to offer them. */
  values: readonly string[];
}

/** A native select over an enum that always has a value. */
export function EnumSelect<F extends FieldValues>({
  name,
  kind,
  values,
  ...props
}: Named<F, string> & EnumProps & Omit<NativeSelectProps, 'name' | 'error' | 'data'>) {
  const { register } = useFormContext<F>();
  const err = useFieldError();
  const lang = useLang();
  return <NativeSelect {...props} {...register(name as FieldPath<F>)} error={err(name)} data={enumOptions(kind, values, lang)} />;
}

/** A native select over an enum that may be unset (null); `placeholder` is the unset choice. */
export function NullableEnumSelect<F extends FieldValues>({
  name,
  kind,
  values,
  placeholder,
  ...props
}: Named<F, string | null> & EnumProps & { placeholder: string } & Omit<NativeSelectProps, 'name' | 'error' | 'data' | 'value'>) {
  const field = useField<F>(name);
  const err = useFieldError();
  const lang = useLang();
  return (
    <NativeSelect
      {...props}
      value={(field.value as string | null) ?? ''}
      onChange={(e) => field.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      onBlur={field.onBlur}
      ref={field.ref}
      error={err(name)}
      data={[{ value: '', label: placeholder }, ...enumOptions(kind, values, lang)]}
    />
  );
}

/** Checkboxes over an enum (a list field); the values stay in enum order whatever order they are ticked in. */
export function EnumChecklist<F extends FieldValues>({
  name,
  kind,
  values,
  label,
  description,
  cols = 2,
}: Named<F, string[]> & EnumProps & { label: string; description?: string; cols?: number }) {
  const field = useField<F>(name);
  const err = useFieldError();
  const lang = useLang();
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={field.value as string[]}
      onChange={(picked) => field.onChange(values.filter((v) => picked.includes(v)))}
      error={err(name)}
    >
      <SimpleGrid cols={{ base: 1, sm: cols }} spacing={6} verticalSpacing={6} mt={6}>
        {values.map((value) => (
          <Checkbox key={value} value={value} label={enumLabel(kind, value, lang)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** A multi-select over an enum (a list field), in enum order. */
export function EnumMultiSelect<F extends FieldValues>({
  name,
  kind,
  values,
  ...props
}: Named<F, string[]> & EnumProps & Omit<MultiSelectProps, 'name' | 'error' | 'data' | 'value' | 'defaultValue'>) {
  const field = useField<F>(name);
  const err = useFieldError();
  const lang = useLang();
  return (
    <MultiSelect
      clearable
      {...props}
      data={enumOptions(kind, values, lang)}
      value={field.value as string[]}
      onChange={(picked) => field.onChange(values.filter((v) => picked.includes(v)))}
      onBlur={field.onBlur}
      ref={field.ref}
      error={err(name)}
    />
  );
}

/** Radio buttons over an enum, one under the other (or side by side when `inline`). */
export function EnumRadioGroup<F extends FieldValues>({
  name,
  kind,
  values,
  label,
  description,
  inline = false,
}: Named<F, string> & EnumProps & { label: string; description?: string; inline?: boolean }) {
  const field = useField<F>(name);
  const err = useFieldError();
  const lang = useLang();
  const radios = values.map((value) => <Radio key={value} value={value} label={enumLabel(kind, value, lang)} />);
  return (
    <Radio.Group label={label} description={description} value={field.value as string} onChange={field.onChange} error={err(name)}>
      {inline ? (
        <Group mt={6}>{radios}</Group>
      ) : (
        <Stack gap={6} mt={6}>
          {radios}
        </Stack>
      )}
    </Radio.Group>
  );
}

/**
 * A searchable multi-select of records by id (systems, measures, sub-processors …). `placeholder`
 * shows only while nothing is picked.
 */
export function IdMultiSelect<F extends FieldValues>({
  name,
  placeholder,
  ...props
}: Named<F, number[]> & { data: ComboboxData<number> } & Omit<MultiSelectProps<number>, 'name' | 'error' | 'value' | 'defaultValue'>) {
  const field = useField<F>(name);
  const err = useFieldError();
  const value = field.value as number[];
  return (
    <MultiSelect<number>
      searchable
      clearable
      {...props}
      value={value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      ref={field.ref}
      placeholder={value.length === 0 ? placeholder : undefined}
      error={err(name)}
    />
  );
}

/** A native select of one record by id, or none (null); `placeholder` is the "none" choice. */
export function NullableIdSelect<F extends FieldValues>({
  name,
  label,
  data,
  placeholder,
  showLabel = true,
}: Named<F, number | null> & {
  label: string;
  data: { value: string; label: string }[];
  placeholder: string;
  /** False in the rows of a list after the first: the label is then only the accessible name. */
  showLabel?: boolean;
}) {
  const field = useField<F>(name);
  const err = useFieldError();
  const value = field.value as number | null | undefined;
  return (
    <NativeSelect
      label={showLabel ? label : undefined}
      aria-label={label}
      value={value === null || value === undefined ? '' : String(value)}
      onChange={(e) => field.onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
      onBlur={field.onBlur}
      ref={field.ref}
      error={err(name)}
      data={[{ value: '', label: placeholder }, ...data]}
    />
  );
}

export type TermKnown = { id: number; labelSv: string; labelEn: string; flag?: string };

/**
 * Vocabulary terms of one kind as checkboxes: the active ones, plus archived ones the record still
 * uses (`known`, as the record carries them). A flagged term (special, criminal, personnummer) says so.
 */
export function TermChecklist<F extends FieldValues>({
  name,
  kind,
  terms,
  known,
  label,
  description,
  emptyText,
}: Named<F, number[]> & {
  kind: VocabularyKind;
  terms: VocabularyTerm[];
  known: TermKnown[];
  label: string;
  description?: string;
  /** Shown when there is no term of the kind to tick. */
  emptyText: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const field = useField<F>(name);
  const err = useFieldError();
  const offered = terms.filter((term) => term.kind === kind && term.archivedAt === null);
  const extra = known.filter((k) => !offered.some((o) => o.id === k.id));
  const all = [
    ...offered.map((o) => ({ id: o.id, label: lang === 'en' ? o.labelEn : o.labelSv, flag: o.flag as string })),
    ...extra.map((k) => ({ id: k.id, label: lang === 'en' ? k.labelEn : k.labelSv, flag: k.flag ?? 'none' })),
  ];
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={(field.value as number[]).map(String)}
      onChange={(values) => field.onChange(values.map(Number))}
      error={err(name)}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={6} verticalSpacing={6} mt={8}>
        {all.map((term) => (
          <Checkbox
            key={term.id}
            value={String(term.id)}
            label={
              <Group gap={6} wrap="wrap" component="span">
                <span>{term.label}</span>
                {term.flag !== 'none' && (
                  <Badge
                    size="xs"
                    variant="light"
                    color={term.flag === 'personnummer' ? 'blue' : 'red'}
                    style={{ textTransform: 'none', flexShrink: 0, maxWidth: 'none' }}
                  >
                    {t(`vocabularies.flagShort.${term.flag}`)}
                  </Badge>
                )}
              </Group>
            }
          />
        ))}
      </SimpleGrid>
      {all.length === 0 && (
        <Text size="sm" c="dimmed" mt={6}>
          {emptyText}
        </Text>
      )}
    </Checkbox.Group>
  );
}

/**
 * A searchable multi-select of vocabulary terms of one kind: the active ones, plus archived ones
 * already picked. `groupByFlag` groups personal data by its flag (ordinary, special …).
 */
export function TermMultiSelect<F extends FieldValues>({
  name,
  kind,
  terms,
  groupByFlag = false,
  ...props
}: Named<F, number[]> & { kind: VocabularyKind; terms: VocabularyTerm[]; groupByFlag?: boolean } & Omit<
    MultiSelectProps<number>,
    'name' | 'error' | 'value' | 'defaultValue' | 'data'
  >) {
  const lang = useLang();
  const picked = useWatch<F>({ name: name as FieldPath<F> }) as number[];
  const offered = terms.filter((term) => term.kind === kind && (term.archivedAt === null || picked.includes(term.id)));
  const option = (term: VocabularyTerm) => ({ value: term.id, label: termLabel(term, lang) });
  const data = groupByFlag
    ? PERSONAL_DATA_FLAGS.map((flag) => ({
        group: enumLabel('personalDataFlag', flag, lang),
        items: offered.filter((term) => term.flag === flag).map(option),
      })).filter((g) => g.items.length > 0)
    : offered.map(option);
  return <IdMultiSelect<F> name={name} data={data} {...props} />;
}

/**
 * A searchable multi-select of security measures, grouped by category; a measure not yet
 * implemented says its status.
 */
export function MeasureMultiSelect<F extends FieldValues>({
  name,
  measures,
  ...props
}: Named<F, number[]> & { measures: SecurityMeasure[] } & Omit<
    MultiSelectProps<number>,
    'name' | 'error' | 'value' | 'defaultValue' | 'data'
  >) {
  const lang = useLang();
  const label = (m: SecurityMeasure) =>
    m.status === 'implemented' ? termLabel(m, lang) : `${termLabel(m, lang)} (${enumLabel('measureStatus', m.status, lang).toLowerCase()})`;
  const data = MEASURE_CATEGORIES.map((category) => ({
    group: enumLabel('measureCategory', category, lang),
    items: measures.filter((m) => m.category === category).map((m) => ({ value: m.id, label: label(m) })),
  })).filter((g) => g.items.length > 0);
  return <IdMultiSelect<F> name={name} data={data} maxDropdownHeight={320} {...props} />;
}

/**
 * A searchable country select (ISO code; '' = none chosen). `only` narrows the offer (e.g. third
 * countries), but a value already chosen is always offered.
 */
export function CountrySelect<F extends FieldValues>({
  name,
  only,
  ...props
}: Named<F, string> & { only?: (code: string) => boolean } & Omit<SelectProps, 'name' | 'error' | 'data' | 'value' | 'defaultValue'>) {
  const field = useField<F>(name);
  const err = useFieldError();
  const lang = useLang();
  const value = (field.value as string) || null;
  const offered = only ? countryOptions(lang).filter((c) => only(c.value)) : countryOptions(lang);
  const data = value && !offered.some((c) => c.value === value) ? [{ value, label: countryName(value, lang) }, ...offered] : offered;
  return (
    <Select
      searchable
      {...props}
      data={data}
      value={value}
      onChange={(v) => field.onChange(v ?? '')}
      onBlur={field.onBlur}
      ref={field.ref}
      error={err(name)}
    />
  );
}

/**
 * A list of rows in a form (purposes, recipients, contact persons …): a line while there are none,
 * the rows, then "add" (disabled at `max` rows), with room for a link beside it.
 */
export function FieldRows({
  count,
  max,
  emptyText,
  addLabel,
  onAdd,
  beside,
  children,
}: {
  count: number;
  max: number;
  emptyText: string;
  addLabel: string;
  onAdd: () => void;
  beside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {count === 0 && (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      {children}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd} disabled={count >= max}>
          {addLabel}
        </Button>
        {beside}
      </Group>
    </>
  );
}

/** The ✕ that removes one row of a list in a form (a recipient, a transfer …). */
export function RemoveRowButton({ label, onClick, top = 26 }: { label: string; onClick: () => void; top?: number }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" onClick={onClick} aria-label={label} mt={top}>
        <IconX size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * The widgets above bound to one form's type, so that `name` is checked against the form (and
 * against the kind of value the widget edits): `const { TextField, EnumChecklist } = fieldsFor<MyForm>();`.
 */
export function fieldsFor<F extends FieldValues>() {
  return {
    TextField: TextField<F>,
    TextAreaField: TextAreaField<F>,
    EnumSelect: EnumSelect<F>,
    NullableEnumSelect: NullableEnumSelect<F>,
    EnumChecklist: EnumChecklist<F>,
    EnumMultiSelect: EnumMultiSelect<F>,
    EnumRadioGroup: EnumRadioGroup<F>,
    IdMultiSelect: IdMultiSelect<F>,
    MeasureMultiSelect: MeasureMultiSelect<F>,
    NullableIdSelect: NullableIdSelect<F>,
    TermChecklist: TermChecklist<F>,
    TermMultiSelect: TermMultiSelect<F>,
    CountrySelect: CountrySelect<F>,
  };
}
