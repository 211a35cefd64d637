import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { FixTarget, PreflightDocument, PreflightItem } from '../../shared/contract';
import type { Language } from '../../shared/messages';
import { call } from '../app/api';
import { fixPath } from '../app/fixPath';
import { useLang } from './lang';
import { notifyError } from './notify';

// The check before a document is generated (issue 14). The page asks `run` before it generates;
// the modal lists what the register lacks, each item with a link to where it is fixed. Errors
// block the document; warnings may be generated past ("Skapa ändå").

export interface PreflightRequest {
  document: PreflightDocument;
  /** The language of the document to generate. */
  lang: Language;
  /** For 'agreement'. */
  customerId?: number;
  /** For 'agreementBatch' (all customers when absent), and for 'noticeLetters' (all affected when absent). */
  customerIds?: number[];
  /** For 'noticeLetters': the change notice. */
  noticeId?: number;
  /** For 'accessReply': the request, and the activities ticked (the request's when absent). */
  requestId?: number;
  activityIds?: number[];
  /** For 'breachDocument': the breach and which document (with customerId for a customer notice). */
  breachId?: number;
  breachDocument?: 'customerNotice' | 'imyDraft' | 'subjectNotice';
}

export interface Preflight {
  /**
   * Checks the register for the document. True when nothing was found, or only warnings and the
   * user chose "Skapa ändå"; false when errors block, the user cancelled or went to fix an item,
   * or the check itself failed (shown as a notification).
   */
  run(request: PreflightRequest): Promise<boolean>;
}

/** The preflight check with its modal; the modal is opened through Mantine's modals, so no element to render. */
export function usePreflight(): Preflight {
  const { t } = useTranslation();
  const uiLang = useLang();
  // The modal renders under ModalsProvider, outside the router: it gets navigate from here.
  const navigate = useNavigate();
  const deps = useRef({ t, uiLang, navigate });
  deps.current = { t, uiLang, navigate };

  const run = useCallback(async (request: PreflightRequest): Promise<boolean> => {
    const { t: tr, uiLang: lang, navigate: nav } = deps.current;
    let items: PreflightItem[];
    try {
      ({ items } = await call('preflight.check', {
        document: request.document,
        lang: request.lang,
        uiLang: lang,
        ...(request.customerId === undefined ? {} : { customerId: request.customerId }),
        ...(request.customerIds === undefined ? {} : { customerIds: request.customerIds }),
        ...(request.noticeId === undefined ? {} : { noticeId: request.noticeId }),
        ...(request.requestId === undefined ? {} : { requestId: request.requestId }),
        ...(request.activityIds === undefined ? {} : { activityIds: request.activityIds }),
        ...(request.breachId === undefined ? {} : { breachId: request.breachId }),
        ...(request.breachDocument === undefined ? {} : { breachDocument: request.breachDocument }),
      }));
    } catch (e) {
      notifyError(tr, e);
      return false;
    }
    if (items.length === 0) return true;
    return new Promise<boolean>((resolve) => {
      let settled = false;
      const modalId = `preflight-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const finish = (go: boolean) => {
        if (settled) return;
        settled = true;
        modals.close(modalId);
        resolve(go);
      };
      modals.open({
        modalId,
        title: tr('preflight.title'),
        size: 'lg',
        centered: true,
        // Closing by Esc, the cross or outside the modal is "Avbryt"/"Stäng".
        onClose: () => finish(false),
        children: (
          <PreflightList
            t={tr}
            items={items}
            onFix={(fix) => {
              finish(false);
              void nav(fixPath(fix));
            }}
            onDone={finish}
          />
        ),
      });
    });
  }, []);

  return { run };
}

/**
 * For a dialog that runs the preflight: closes it when the user leaves for an item's fix, also
 * when the fix is on the page under the dialog (the customer's own form, say).
 */
export function useCloseOnNavigate(onClose: () => void): void {
  const { key } = useLocation();
  const first = useRef(key);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (key !== first.current) close.current();
  }, [key]);
}

interface ListProps {
  t: TFunction;
  items: PreflightItem[];
  onFix(fix: FixTarget): void;
  onDone(go: boolean): void;
}

/** The modal's content: errors, then warnings, then the buttons the severity allows. */
export function PreflightList({ t, items, onFix, onDone }: ListProps) {
  const errors = items.filter((i) => i.severity === 'error');
  const warnings = items.filter((i) => i.severity === 'warning');
  const blocked = errors.length > 0;
  return (
    <Stack gap="md" data-testid="preflight">
      <Alert
        color={blocked ? 'red' : 'yellow'}
        variant="light"
        icon={blocked ? <IconAlertCircle size={18} /> : <IconAlertTriangle size={18} />}
      >
        {t(blocked ? 'preflight.errorsIntro' : 'preflight.warningsIntro')}
      </Alert>
      <ItemGroup t={t} title={t('preflight.errors')} items={errors} onFix={onFix} />
      <ItemGroup t={t} title={t('preflight.warnings')} items={warnings} onFix={onFix} />
      <Group justify="flex-end" gap="sm">
        {blocked ? (
          <Button onClick={() => onDone(false)}>{t('common.close')}</Button>
        ) : (
          <>
            <Button variant="default" onClick={() => onDone(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => onDone(true)}>{t('preflight.createAnyway')}</Button>
          </>
        )}
      </Group>
    </Stack>
  );
}

function ItemGroup({ t, title, items, onFix }: { t: TFunction; title: string; items: PreflightItem[]; onFix(fix: FixTarget): void }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={6} role="region" aria-label={title}>
      <Title order={3} size="h5">
        {title} ({items.length})
      </Title>
      <List spacing="xs" size="sm">
        {items.map((item, index) => (
          <List.Item key={`${item.code}-${index}`} data-code={item.code}>
            <Text size="sm" span fw={600}>
              {item.subject}:
            </Text>{' '}
            <Text size="sm" span>
              {item.text}
            </Text>
            {item.fix && (
              <>
                {' '}
                <Anchor component="button" type="button" size="sm" onClick={() => item.fix && onFix(item.fix)}>
                  {t('preflight.fix')}
                </Anchor>
              </>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
