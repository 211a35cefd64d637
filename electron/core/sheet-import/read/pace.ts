// Long reads stay responsive: every few rows the reader reports progress, looks at the cancel
// signal and lets other work (the cancel itself, IPC) run.
import { ROWS_PER_STEP } from './limits';
import { cancelled } from './refuse';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Pace {
  rows = 0;
  private next = ROWS_PER_STEP;

  constructor(
    private readonly signal: AbortSignal | undefined,
    private readonly onProgress: ((rowsRead: number) => void) | undefined,
  ) {}

  check(): void {
    if (this.signal?.aborted) throw cancelled();
  }

  /** One more row read; true when it is time for a step. */
  tally(): boolean {
    if (++this.rows < this.next) return false;
    this.next = this.rows + ROWS_PER_STEP;
    return true;
  }

  /** Progress, a pause for other work, then the cancel check. */
  async step(): Promise<void> {
    this.onProgress?.(this.rows);
    await tick();
    this.check();
  }

  restart(): void {
    this.rows = 0;
    this.next = ROWS_PER_STEP;
  }

  done(): void {
    this.onProgress?.(this.rows);
  }
}
