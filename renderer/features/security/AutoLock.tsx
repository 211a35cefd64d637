import { useIdle } from '@mantine/hooks';
import { useEffect } from 'react';

/**
 * Locks the open encrypted register after `minutes` without mouse or keyboard activity. Mounted
 * only while a register is encrypted and auto-lock is on; the timer starts again with every
 * movement, key press, click or scroll (Mantine's useIdle).
 */
export function AutoLock({ minutes, onIdle }: { minutes: number; onIdle: () => void }) {
  const idle = useIdle(minutes * 60_000, { initialState: false });
  useEffect(() => {
    if (idle) onIdle();
  }, [idle, onIdle]);
  return null;
}
