import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A table cell with the record's name and, when there is one, a dimmed line under it (location, org no). */
export function NameCell({ name, detail }: { name: ReactNode; detail?: ReactNode }) {
  return (
    <>
      <Text size="sm" fw={500}>
        {name}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </>
  );
}
