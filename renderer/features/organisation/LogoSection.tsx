import { Button, Fieldset, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES, LOGO_TYPES, type Organisation } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { readBase64 } from '../../ui/files';
import { ErrorLine } from '../../ui/FormBits';
import { notifySuccess } from '../../ui/notify';
import { useCall } from '../../ui/useCall';

const MAX_KB = Math.round(LOGO_MAX_BYTES / 1024);

interface Props {
  org: Organisation;
  onChanged: (o: Organisation) => void;
  /** The profile's editor takes a CONFLICT (true when it was one). */
  onConflict: (error: unknown) => boolean;
}

/** Logo for the letterhead: PNG or JPEG, checked here and again in the core. */
export function LogoSection({ org, onChanged, onConflict }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Asked once there is a logo, and again when the profile changes (a replaced logo).
  const logo = useCall('organisation.getLogo', org.logo ? {} : null, { reloadOn: ['organisation'] });
  const preview = logo.data?.dataUrl ?? null;

  async function upload(file: File | null) {
    if (!file) return;
    setError(null);
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
      setError(t('v.logo.type'));
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setError(t('v.logo.size', { max: MAX_KB }));
      return;
    }
    await change(async () => {
      const dataBase64 = await readBase64(file);
      return call('organisation.setLogo', {
        revision: org.revision,
        logo: { mimeType: file.type as (typeof LOGO_TYPES)[number], dataBase64 },
      });
    }, t('org.logoSaved'));
  }

  async function change(run: () => Promise<Organisation>, done: string) {
    setBusy(true);
    try {
      onChanged(await run());
      notifySuccess(done);
    } catch (e) {
      if (onConflict(e)) return;
      if (isApiError(e, 'INVALID_INPUT')) {
        const issue = e.error.issues?.[0];
        setError(issue ? t(issue.message, { max: MAX_KB, ...issue.params }) : t('e.INVALID_INPUT'));
      } else {
        setError(t(errorKey(e)));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Fieldset legend={t('org.logo')}>
      <Group align="flex-start" gap="lg">
        <Paper withBorder w={200} h={100} p="xs" style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          {preview ? (
            <Image src={preview} alt={t('org.logoAlt')} fit="contain" mah={80} maw={180} />
          ) : (
            <Text size="xs" c="dimmed">
              {t('org.noLogo')}
            </Text>
          )}
        </Paper>
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('org.logoHelp', { max: MAX_KB })}
          </Text>
          <Group gap="sm">
            <FileButton onChange={(f) => void upload(f)} accept={LOGO_TYPES.join(',')}>
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} />} loading={busy}>
                  {org.logo ? t('org.replaceLogo') : t('org.uploadLogo')}
                </Button>
              )}
            </FileButton>
            {org.logo && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                disabled={busy}
                onClick={() =>
                  void change(() => call('organisation.setLogo', { revision: org.revision, logo: null }), t('org.logoRemoved'))
                }
              >
                {t('org.removeLogo')}
              </Button>
            )}
          </Group>
          <ErrorLine message={error} />
        </Stack>
      </Group>
    </Fieldset>
  );
}
