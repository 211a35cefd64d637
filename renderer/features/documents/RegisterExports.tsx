import { Anchor, Button, Grid, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconFileImport, IconFileSpreadsheet, IconJson, IconLicense, type Icon } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { useLang } from '../../ui/lang';
import { useExportActions } from '../exports/ExportActions';
import { allSheets, WorkbookOptions, type WorkbookChoice } from '../exports/WorkbookOptions';

/** The whole register as Excel or portable JSON (the same as File → Export), and where the agreements are. */
export function RegisterExports() {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  return (
    <Stack gap="sm" component="section" aria-labelledby="register-exports-title">
      <div>
        <Title order={2} size="h3" id="register-exports-title">
          {t('documents.more.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('documents.more.description')} {appInfo?.nativeDialogs ? t('documents.more.menuHint') : null}
        </Text>
        <FolderHint />
      </div>
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <WorkbookCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md" h="100%">
            <PortableCard />
            <AgreementsCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Card({ title, icon: CardIcon, text, children }: { title: string; icon: Icon; text: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" role="region" aria-label={title} h="100%">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg" radius="md">
          <CardIcon size={20} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <div>
            <Text fw={600}>{title}</Text>
            <Text size="sm" c="dimmed">
              {text}
            </Text>
          </div>
          {children}
        </Stack>
      </Group>
    </Paper>
  );
}

/** Browser mode has no save dialog: say where the files go. */
function FolderHint() {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  if (!appInfo || appInfo.nativeDialogs) return null;
  return (
    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {t('exports.browserFolder', { folder: appInfo.defaultFolder })}
    </Text>
  );
}

function WorkbookCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const { exportWorkbook, busy } = useExportActions();
  const [choice, setChoice] = useState<WorkbookChoice>(() => allSheets(lang));
  return (
    <Card title={t('exports.workbook.title')} icon={IconFileSpreadsheet} text={t('exports.workbook.text')}>
      <WorkbookOptions value={choice} onChange={setChoice} disabled={busy} />
      <Group>
        <Button
          leftSection={<IconFileSpreadsheet size={16} />}
          disabled={busy || choice.sheets.length === 0}
          onClick={() => void exportWorkbook(choice)}
        >
          {t('exports.workbook.save')}
        </Button>
        {/* The other way: a spreadsheet into the register (features/sheet-import). */}
        <Button component={Link} to={paths.sheetImport} variant="default" leftSection={<IconFileImport size={16} />} disabled={busy}>
          {t('sheetImport.link')}
        </Button>
      </Group>
    </Card>
  );
}

function PortableCard() {
  const { t } = useTranslation();
  const { exportPortable, importPortable, busy } = useExportActions();
  return (
    <Card title={t('exports.portable.title')} icon={IconJson} text={t('exports.portable.text')}>
      <Group gap="xs">
        <Button variant="light" leftSection={<IconJson size={16} />} disabled={busy} onClick={() => void exportPortable()}>
          {t('exports.portable.save')}
        </Button>
        <Button variant="default" leftSection={<IconFileImport size={16} />} disabled={busy} onClick={importPortable}>
          {t('exports.import.button')}
        </Button>
      </Group>
    </Card>
  );
}

function AgreementsCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('documents.more.agreements')} icon={IconLicense} text={t('documents.more.agreementsText')}>
      <Anchor component={Link} to={paths.agreements.list} size="sm">
        <Group gap={4} component="span">
          {t('documents.more.agreementsLink')}
          <IconArrowRight size={14} />
        </Group>
      </Anchor>
    </Card>
  );
}
