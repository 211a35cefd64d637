import { Group, Input, NativeSelect, TextInput } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

// A period as people think of it ("7 år", "30 dagar") that produces the ISO 8601 duration the
// contract stores (P7Y, P30D). Mixed periods (P1Y6M) are shown in the smaller unit (18 månader);
// anything else can still be typed as ISO text.

export type Unit = 'Y' | 'M' | 'W' | 'D' | 'ISO';

export interface Parts {
  amount: string;
  unit: Unit;
  /** The ISO text when unit is 'ISO'. */
  iso: string;
}

export function parseIso(value: string | null): Parts {
  if (!value) return { amount: '', unit: 'Y', iso: '' };
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(value.trim().toUpperCase());
  if (!m) return { amount: '', unit: 'ISO', iso: value };
  const [y, mo, w, d] = [m[1], m[2], m[3], m[4]].map((x) => (x === undefined ? 0 : Number(x))) as [number, number, number, number];
  const present = [y, mo, w, d].filter((n) => n > 0).length;
  if (present === 0) return { amount: '0', unit: 'D', iso: value };
  if (present === 1) {
    if (y) return { amount: String(y), unit: 'Y', iso: value };
    if (mo) return { amount: String(mo), unit: 'M', iso: value };
    if (w) return { amount: String(w), unit: 'W', iso: value };
    return { amount: String(d), unit: 'D', iso: value };
  }
  if (!w && !d) return { amount: String(y * 12 + mo), unit: 'M', iso: value };
  if (!y && !mo) return { amount: String(w * 7 + d), unit: 'D', iso: value };
  return { amount: '', unit: 'ISO', iso: value };
}

/** The ISO duration for the parts; null when nothing is entered; the raw text when it is not a whole number. */
export function toIso(parts: Parts): string | null {
  if (parts.unit === 'ISO') return parts.iso.trim() === '' ? null : parts.iso.trim();
  const amount = parts.amount.trim();
  if (amount === '') return null;
  if (!/^\d+$/.test(amount)) return amount;
  return `P${Number(amount)}${parts.unit}`;
}

export function DurationInput({
  label,
  description,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [parts, setParts] = useState<Parts>(() => parseIso(value));

  // Follow outside changes (a reset to the saved rule) that do not come from this input.
  useEffect(() => {
    if (toIso(parts) !== value) setParts(parseIso(value));
    // Only the value from outside matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const update = (patch: Partial<Parts>) => {
    const next = { ...parts, ...patch };
    if (patch.unit === 'ISO' && parts.unit !== 'ISO') next.iso = toIso(parts) ?? '';
    if (patch.unit && patch.unit !== 'ISO' && parts.unit === 'ISO') Object.assign(next, parseIso(parts.iso), { unit: patch.unit });
    setParts(next);
    onChange(toIso(next));
  };

  return (
    <Input.Wrapper label={label} description={description} error={error} withAsterisk={required} id={`${id}-amount`}>
      <Group gap={6} wrap="nowrap" mt={4}>
        {parts.unit === 'ISO' ? (
          <TextInput
            id={`${id}-amount`}
            aria-label={label}
            value={parts.iso}
            onChange={(e) => update({ iso: e.currentTarget.value })}
            placeholder="P1Y6M"
            error={Boolean(error)}
            style={{ flex: 1 }}
          />
        ) : (
          <TextInput
            id={`${id}-amount`}
            aria-label={label}
            inputMode="numeric"
            value={parts.amount}
            onChange={(e) => update({ amount: e.currentTarget.value })}
            error={Boolean(error)}
            w={90}
          />
        )}
        <NativeSelect
          aria-label={t('retention.unitOf', { label })}
          value={parts.unit}
          onChange={(e) => update({ unit: e.currentTarget.value as Unit })}
          data={[
            { value: 'Y', label: t('retention.unit.Y') },
            { value: 'M', label: t('retention.unit.M') },
            { value: 'W', label: t('retention.unit.W') },
            { value: 'D', label: t('retention.unit.D') },
            { value: 'ISO', label: t('retention.unit.ISO') },
          ]}
          style={{ flex: 1 }}
        />
      </Group>
    </Input.Wrapper>
  );
}
