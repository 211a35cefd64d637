import { Button, Group, Modal, MultiSelect, Radio, Stack, Text } from '@mantine/core';
import { IconFiles } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { call, errorKey } from '../../app/api';
import { useAppState } from '../../app/state';
import { ErrorLine } from '../../ui/FormBits';
import { useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { usePreflight } from '../../ui/Preflight';
import { useCall } from '../../ui/useCall';

export type BatchInput = MethodInput<'agreements.batch'>;
type Scope = BatchInput['scope'];

/** The largest page customers.list gives; enough to pick from (type to narrow). */
const CUSTOMER_LIMIT = 1000;

/** Which customers and which language; the page runs the batch itself (progress and cancel). */
export function BatchModal({ onClose, onStart }: { onClose: () => void; onStart: (input: BatchInput) => void }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const uiLang = useLang();
  const [scope, setScope] = useState<Scope>('all');
  const [chosenLang, setLang] = useState<Language | null>(null);
  const [customerIds, setCustomerIds] = useState<number[]>([]);
  const [pickError, setPickError] = useState<string | null>(null);
  // The organisation's document language, as for a single agreement, until the user picks one.
  const org = useCall('organisation.get', {}, { reloadOn: [] });
  const lang = chosenLang ?? org.data?.defaultLanguage ?? uiLang;
  // The customers to pick from, asked for once "Utvalda kunder" is chosen.
  const list = useCall('customers.list', scope === 'selected' ? { limit: CUSTOMER_LIMIT, sort: 'name', direction: 'asc' } : null, {
    reloadOn: ['customers'],
  });
  const customers = useMemo(() => list.data?.items.map((c) => ({ value: c.id, label: c.name })), [list.data]);
  const loadError = list.error;
  const preflight = usePreflight();
  const [checking, setChecking] = useState(false);

  async function start() {
    if (scope === 'selected' && customerIds.length === 0) {
      setPickError(t('agreements.batch.pickCustomers'));
      return;
    }
    setChecking(true);
    try {
      // The customers the batch will cover: all of them (the core knows which), the chosen, or those out of date.
      const covered =
        scope === 'selected'
          ? customerIds
          : scope === 'outOfDate'
            ? [...new Set((await call('agreements.list', { status: 'outOfDate' })).map((a) => a.customerId))]
            : undefined;
      if (!(await preflight.run({ document: 'agreementBatch', lang, ...(covered ? { customerIds: covered } : {}) }))) return;
    } catch (e) {
      notifyError(t, e);
      return;
    } finally {
      setChecking(false);
    }
    onStart({ scope, lang, ...(scope === 'selected' ? { customerIds } : {}) });
  }

  return (
    <Modal opened onClose={onClose} title={t('agreements.batch.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
        noValidate
        aria-label={t('agreements.batch.title')}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('agreements.batch.intro')}
          </Text>
          <Radio.Group label={t('agreements.batch.scope')} value={scope} onChange={(v) => setScope(v as Scope)}>
            <Stack gap={8} mt={8}>
              <Radio value="all" label={t('agreements.batch.scopeAll')} />
              <Radio value="outOfDate" label={t('agreements.batch.scopeOutOfDate')} />
              <Radio value="selected" label={t('agreements.batch.scopeSelected')} />
            </Stack>
          </Radio.Group>
          {scope === 'selected' && (
            <>
              <MultiSelect<number>
                label={t('agreements.batch.customers')}
                placeholder={t('agreements.batch.customersPlaceholder')}
                data={customers ?? []}
                value={customerIds}
                onChange={(ids) => {
                  setCustomerIds(ids);
                  setPickError(null);
                }}
                searchable
                clearable
                limit={50}
                nothingFoundMessage={t('services.nothingFound')}
                disabled={customers === undefined}
                error={pickError}
                comboboxProps={{ withinPortal: true }}
                maxDropdownHeight={260}
              />
              <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
            </>
          )}
          <Radio.Group label={t('agreements.batch.language')} value={lang} onChange={(v) => setLang(v as Language)}>
            <Group mt={8}>
              <Radio value="sv" label={t('agreements.lang.sv')} />
              <Radio value="en" label={t('agreements.lang.en')} />
            </Group>
          </Radio.Group>
          <Text size="xs" c="dimmed">
            {appInfo?.nativeDialogs ? t('agreements.batch.folderNative') : t('agreements.batch.folderBrowser')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" leftSection={<IconFiles size={16} />} loading={checking}>
              {t('agreements.batch.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
