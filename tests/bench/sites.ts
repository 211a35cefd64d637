// The CMDB over the reference register's 20,000 devices: the equipment list's first page, and
// searching it as you type (quality.md: p95 ≤ 20 ms), each beside the same work in raw SQL.
import Database from 'better-sqlite3-multiple-ciphers';
import { foldForSearch } from '../../electron/core/text';
import { median, must, newCore, now, p95, row, RUNS, type Row } from './kit';

/** Typed one letter at a time: a make, a serial-number prefix, a hostname part, a customer, a type, a site. */
const QUERIES = ['poweredge', 'fgt60f', 'srv01', 'mälar', 'kamera', 'lagret'];

const PAGE_SQL = `SELECT e.id, e.revision, e.customer_id, c.name AS customer_name, e.site_id, s.name AS site_name, e.type,
    e.make, e.model, e.serial_number, e.hostname, e.encrypted, e.installed_on, e.removed_on, e.status
  FROM equipment e JOIN customers c ON c.id = e.customer_id LEFT JOIN sites s ON s.id = e.site_id`;

/** Bench scenarios of this feature (quality.md budgets), on the reference register at `file`. */
export async function benchSites(dir: string, file: string, size: number): Promise<Row[]> {
  const core = newCore(dir);
  await must(core, 'register.open', { path: file });

  // (a) The CMDB screen's first page, in its own order, with the total.
  const pageTimes: number[] = [];
  let total = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    const page = await must<{ total: number; items: unknown[] }>(core, 'equipment.list', { limit: 100 });
    const t = now() - t0;
    total = page.total;
    if (i > 0) pageTimes.push(t);
  }
  if (total < 20_000) throw new Error(`the reference register has only ${total} devices`);

  // (b) Search as you type: every prefix of each query, after a warm-up pass.
  const typing: number[] = [];
  const repeats = Math.max(2, Math.round(RUNS / 5));
  for (let r = 0; r <= repeats; r++) {
    for (const query of QUERIES) {
      for (let n = 1; n <= query.length; n++) {
        const t0 = now();
        await must(core, 'equipment.list', { query: query.slice(0, n), limit: 100 });
        const t = now() - t0;
        if (r > 0) typing.push(t);
      }
    }
  }
  core.close();

  // Floors: the same page and count in raw SQL (trigram index for three letters or more, a capped
  // LIKE scan below), without the contract, the folding of words or the mapping of rows.
  const db = new Database(file, { fileMustExist: true, readonly: true });
  const firstPage = db.prepare(`${PAGE_SQL} ORDER BY e.sort_key, e.id LIMIT 100`);
  const countAll = db.prepare('SELECT count(*) FROM equipment');
  const pageFloors: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    firstPage.all();
    countAll.get();
    if (i > 0) pageFloors.push(now() - t0);
  }
  const ftsPage = db.prepare(
    `${PAGE_SQL} WHERE e.id IN (SELECT rowid FROM equipment_fts WHERE equipment_fts MATCH ?) ORDER BY e.sort_key, e.id LIMIT 100`,
  );
  const ftsCount = db.prepare(
    'SELECT count(*) FROM equipment e WHERE e.id IN (SELECT rowid FROM equipment_fts WHERE equipment_fts MATCH ?)',
  );
  const likePage = db.prepare(`${PAGE_SQL} WHERE e.search_text LIKE ? ORDER BY e.sort_key, e.id LIMIT 100`);
  const likeCount = db.prepare('SELECT count(*) FROM (SELECT 1 FROM equipment e WHERE e.search_text LIKE ? LIMIT 1001)');
  const typingFloors: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const query of QUERIES) {
      for (let n = 1; n <= query.length; n++) {
        const word = foldForSearch(query.slice(0, n));
        const t0 = now();
        if (word.length >= 3) {
          ftsPage.all(`"${word}"`);
          ftsCount.get(`"${word}"`);
        } else {
          likePage.all(`%${word}%`);
          likeCount.get(`%${word}%`);
        }
        typingFloors.push(now() - t0);
      }
    }
  }
  db.close();

  return [
    row(`equipment list, first page (${total.toLocaleString('sv-SE')} devices)`, size, pageTimes, 150, 'median', median(pageFloors)),
    row('equipment search as you type', size, typing, 20, 'p95', p95(typingFloors)),
  ];
}
