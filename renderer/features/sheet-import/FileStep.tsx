import { Alert, Button, Group, List, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvalidProblem } from './import-model';

export interface FileRefusal {
  problems: InvalidProblem[];
  more: number;
}

interface Props {
  /** Desktop: the core shows the open dialog; browser mode: a path typed here. */
  native: boolean;
  busy: boolean;
  /** Why the typed path was refused (beside the field). */
  pathError: string | null;
  /** The file was read and refused (IMPORT_INVALID): what is wrong with it. */
  refusal: FileRefusal | null;
  /** The file read last, when going back to this step. */
  current: string | null;
  onOpen(path?: string): void;
}

const TYPES = /\.(xlsx|csv)$/i;

/** Step 1: which file. Says which kinds of file and that nothing is written before the last step. */
export function FileStep({ native, busy, pathError, refusal, current, onOpen }: Props) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [typed, setTyped] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = path.trim();
    if (!trimmed) return setTyped(t('sheetImport.file.noPath'));
    if (!TYPES.test(trimmed)) return setTyped(t('sheetImport.file.wrongType'));
    setTyped(null);
    onOpen(trimmed);
  }

  return (
    <Stack gap="md" maw={760}>
      <Text size="sm">{t('sheetImport.file.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('sheetImport.file.own')}
      </Text>
      {current && (
        <Text size="sm" fw={500}>
          {t('sheetImport.file.current', { name: current })}
        </Text>
      )}
      {native ? (
        <Group>
          <Button leftSection={<IconFileSpreadsheet size={16} />} onClick={() => onOpen()} disabled={busy} data-autofocus>
            {t('sheetImport.file.choose')}
          </Button>
        </Group>
      ) : (
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('sheetImport.file.path')}
              description={t('sheetImport.file.pathHelp')}
              placeholder="/home/anna/Dokument/Registerförteckning.xlsx"
              value={path}
              onChange={(e) => {
                setPath(e.currentTarget.value);
                setTyped(null);
              }}
              error={typed ?? pathError}
              required
              withAsterisk={false}
              autoFocus
            />
            <Button type="submit" mt={44} disabled={busy} leftSection={<IconFileSpreadsheet size={16} />}>
              {t('sheetImport.file.read')}
            </Button>
          </Group>
        </form>
      )}
      {refusal && <Refusal refusal={refusal} />}
    </Stack>
  );
}

/** The file was refused as a whole: every problem the core named, and what to do. */
function Refusal({ refusal }: { refusal: FileRefusal }) {
  const { t } = useTranslation();
  const located = refusal.problems.some((p) => p.where);
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('sheetImport.invalid.title')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('sheetImport.invalid.intro')}</Text>
        {located ? (
          <ScrollArea.Autosize mah="40vh" type="auto">
            <Table aria-label={t('sheetImport.invalid.list')} verticalSpacing={4}>
              <Table.Tbody>
                {refusal.problems.map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td w="30%">
                      <Text size="sm">{p.where ?? ''}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.message}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        ) : (
          <List size="sm" aria-label={t('sheetImport.invalid.list')}>
            {refusal.problems.map((p, i) => (
              <List.Item key={i}>{p.message}</List.Item>
            ))}
          </List>
        )}
        {refusal.more > 0 && (
          <Text size="sm" c="dimmed">
            {t('sheetImport.invalid.more', { count: refusal.more })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
