import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Equipment, Site } from '../../../shared/contract';
import { call, isApiError } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { issueText, encodeIssue } from '../../ui/forms';
import { todayIso } from '../../ui/lang';
import { notifySuccess } from '../../ui/notify';

// Select values are strings: '' stands for "no site".
const NONE = '';

/** Moves a device to another of the customer's sites (or none), with the day and a note for the history. */
export function MoveModal({
  device,
  sites,
  onClose,
  onMoved,
  onFailed,
}: {
  device: Equipment;
  sites: Site[];
  onClose: () => void;
  onMoved: (moved: Equipment) => void;
  onFailed: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const options = [
    ...sites
      .filter((s) => s.id !== device.siteId)
      .map((s) => ({ value: String(s.id), label: s.closedOn ? `${s.name} (${t('sites.closed', { date: s.closedOn })})` : s.name })),
    ...(device.siteId !== null ? [{ value: NONE, label: t('equipment.noSite') }] : []),
  ];
  const [to, setTo] = useState<string | null>(options.find((o) => o.value !== NONE)?.value ?? options[0]?.value ?? null);
  const [movedOn, setMovedOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function move() {
    if (to === null) return;
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      const toSiteId = to === NONE ? null : Number(to);
      const moved = await call('equipment.move', { id: device.id, revision: device.revision, toSiteId, movedOn: movedOn.trim(), note });
      notifySuccess(
        moved.siteId === null
          ? t('equipment.movedNowhere', { name: device.name })
          : t('equipment.moved', { name: device.name, site: moved.siteName }),
      );
      onMoved(moved);
    } catch (e) {
      if (isApiError(e, 'INVALID_INPUT')) {
        const next: Record<string, string> = {};
        for (const issue of e.error.issues ?? []) next[String(issue.path[0] ?? '')] = encodeIssue(issue.message, issue.params);
        setErrors(next);
        if (!next.toSiteId && !next.movedOn && !next.note) setFailure(t('e.INVALID_INPUT'));
      } else {
        onFailed(e);
      }
    } finally {
      setBusy(false);
    }
  }

  const title = t('equipment.moveTitle', { name: device.name });
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        noValidate
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          void move();
        }}
      >
        <Stack gap="sm">
          {options.length === 0 ? (
            <Text size="sm">{t('equipment.noOtherSite')}</Text>
          ) : (
            <NativeSelect
              label={t('equipment.moveTo')}
              data={options}
              value={to ?? ''}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={issueText(t, errors.toSiteId)}
              data-autofocus
            />
          )}
          <TextInput
            label={t('equipment.movedOn')}
            placeholder={t('field.datePlaceholder')}
            value={movedOn}
            onChange={(e) => setMovedOn(e.currentTarget.value)}
            error={issueText(t, errors.movedOn)}
          />
          <TextInput
            label={t('equipment.moveNote')}
            placeholder={t('equipment.moveNotePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={issueText(t, errors.note)}
          />
          <ErrorLine message={failure} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={to === null}>
              {t('equipment.moveConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
