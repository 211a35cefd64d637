// Minimal valid inputs for the features that link to vocabularies, measures, systems and
// retention rules, so usage can be created through the contract.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { emptyActivity, type ActivityFields } from '../../../shared/contract/activities';
import { emptyService, type ServiceFields } from '../../../shared/contract/services';
import { emptySubprocessor, type SubprocessorFields } from '../../../shared/contract/subprocessors';
import { openSession, type Session } from '../../../electron/core/session';
import { FIXED_NOW } from '../helpers';

export const blankService: ServiceFields = { ...emptyService, name: 'Drift och övervakning' };

export const blankActivity: ActivityFields = { ...emptyActivity, name: 'Kundregister' };

export const blankSubprocessor: SubprocessorFields = { ...emptySubprocessor, name: 'Moln AB' };

/** A session on a new register file, for the helper methods other features call in-process. */
export function newSession(): Session {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-helpers-'));
  const session = openSession(path.join(dir, 'helpers.forteckna'), { now: () => FIXED_NOW }, { create: true });
  onTestFinished(() => {
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return session;
}
