import type { Db } from '../types';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-register';
import * as m0003 from './0003-privacy-notice';
import * as m0004 from './0004-agreements';
import * as m0005 from './0005-sites-equipment-purge';
import * as m0006 from './0006-history';
import * as m0007 from './0007-document-fidelity';
import * as m0008 from './0008-change-notices';
import * as m0009 from './0009-requests-breaches';
import * as m0010 from './0010-attention';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

// Ordered list, never scanned from disk: the position is the schema version.
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001-initial', up: m0001.up },
  { version: 2, name: '0002-register', up: m0002.up },
  { version: 3, name: '0003-privacy-notice', up: m0003.up },
  { version: 4, name: '0004-agreements', up: m0004.up },
  { version: 5, name: '0005-sites-equipment-purge', up: m0005.up },
  { version: 6, name: '0006-history', up: m0006.up },
  { version: 7, name: '0007-document-fidelity', up: m0007.up },
  { version: 8, name: '0008-change-notices', up: m0008.up },
  { version: 9, name: '0009-requests-breaches', up: m0009.up },
  { version: 10, name: '0010-attention', up: m0010.up },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
