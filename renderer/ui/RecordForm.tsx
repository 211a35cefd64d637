import { Button, Group, Stack } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusFieldFromQuery } from './focusField';
import { ConflictAlert, ErrorLine } from './FormBits';

// The frame of every record editor (a routed page under its PageHeader, or a dialog): the
// CONFLICT offer and a footer with the save failure, delete and save. Pass the editor from
// useRecordEditor; the form's fields are the caller's JSX. The footer also focuses the field a
// link asks for (`?falt=<field>`, see focusField.ts).

interface EditorState {
  conflict: unknown;
  loadLatest(): void;
  saveError: string | null;
  inUse: string | null;
  busy: boolean;
}

/** The CONFLICT alert, shown above the form while the editor holds a newer version. */
export function RecordConflict({ editor }: { editor: EditorState }) {
  return editor.conflict ? <ConflictAlert onReload={editor.loadLatest} /> : null;
}

interface FooterProps {
  editor: EditorState;
  submitting: boolean;
  /** Shown (left) when the record exists and may be deleted. */
  onDelete?: () => void;
  /** "Avbryt" in a dialog. */
  onCancel?: () => void;
  /** "Ångra ändringar" on a page: back to the loaded values. */
  onUndo?: () => void;
  dirty?: boolean;
  /** More buttons beside Save (e.g. "Spara och skapa avtal"). */
  extra?: ReactNode;
  /** The Save button's own words (e.g. "Spara plats"); default "Spara". */
  saveLabel?: string;
}

/** Why the save failed (or the delete was refused), then Delete on the left and Cancel/Undo and Save on the right. */
export function FormFooter({ editor, submitting, onDelete, onCancel, onUndo, dirty = true, extra, saveLabel }: FooterProps) {
  const { t } = useTranslation();
  // Every record form has this footer: it is where `?falt=` (a preflight's "Åtgärda") is honoured.
  useFocusFieldFromQuery();
  return (
    <Stack gap="sm">
      <ErrorLine message={editor.inUse ?? editor.saveError} />
      <Group justify="space-between" mt="md">
        {onDelete ? (
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete} disabled={editor.busy || submitting}>
            {t('common.delete')}
          </Button>
        ) : (
          <span />
        )}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          {onUndo && (
            <Button variant="default" disabled={!dirty || submitting} onClick={onUndo}>
              {t('common.undo')}
            </Button>
          )}
          {extra}
          <Button type="submit" loading={submitting}>
            {saveLabel ?? t('common.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
