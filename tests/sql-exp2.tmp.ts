import fs from 'node:fs';
import { openSession } from '../electron/core/session';
fs.copyFileSync(process.argv[2]!, '/tmp/prof/exp2.forteckna');
for (const ext of ['-wal', '-shm']) fs.rmSync('/tmp/prof/exp2.forteckna' + ext, { force: true });
const s = openSession('/tmp/prof/exp2.forteckna', { now: () => new Date() });
const db = s.db;
const ids = db.prepare('SELECT id FROM equipment LIMIT 20000').all().map((r: any) => r.id);
const svc = (db.prepare('SELECT id FROM services LIMIT 1').get() as any).id;
const del = db.prepare('DELETE FROM equipment_services WHERE equipment_id = ?');
const ins = db.prepare('INSERT OR IGNORE INTO equipment_services (equipment_id, service_id) VALUES (?, ?)');
let t = performance.now();
s.history.withoutHistory(() => s.tx(() => { for (const id of ids) { del.run(id); ins.run(id, svc); } }));
console.log('unrecorded', (performance.now() - t).toFixed(0));
t = performance.now();
s.tx(() => { for (const id of ids.slice(0, 2000)) { del.run(id); ins.run(id, svc); } });
console.log('recorded 2000', (performance.now() - t).toFixed(0));
t = performance.now();
s.history.withoutHistory(() => s.tx(() => { for (const id of ids) { s.tx(() => { del.run(id); ins.run(id, svc); }); } }));
console.log('unrecorded nested tx per row', (performance.now() - t).toFixed(0));
const row = db.prepare('SELECT * FROM equipment LIMIT 1').get() as any;
const insE = db.prepare(`INSERT INTO equipment (customer_id, site_id, type, make, model, serial_number, hostname, network_notes, personal_data, encrypted, installed_on, removed_on, status, notes, sort_key, search_text, created_at, updated_at)
 VALUES (@customer_id, @site_id, @type, @make, @model, @serial_number, @hostname, @network_notes, @personal_data, @encrypted, @installed_on, @removed_on, @status, @notes, @sort_key, @search_text, @created_at, @updated_at)`);
const p = { customer_id: row.customer_id, site_id: row.site_id, type: row.type, make: row.make, model: row.model, serial_number: row.serial_number, hostname: row.hostname, network_notes: row.network_notes, personal_data: row.personal_data, encrypted: row.encrypted, installed_on: row.installed_on, removed_on: row.removed_on, status: row.status, notes: row.notes, sort_key: row.sort_key, search_text: row.search_text, created_at: row.created_at, updated_at: row.updated_at };
t = performance.now();
try { s.history.withoutHistory(() => s.tx(() => { for (let i = 0; i < 5000; i++) insE.run(p); throw new Error('rb'); })); } catch {}
console.log('equipment 5000 flat', (performance.now() - t).toFixed(0));
t = performance.now();
try { s.history.withoutHistory(() => s.tx(() => { for (let i = 0; i < 5000; i++) s.tx(() => insE.run(p)); throw new Error('rb'); })); } catch {}
console.log('equipment 5000 savepoint each', (performance.now() - t).toFixed(0));
db.exec('DROP TRIGGER equipment_fts_insert');
const insE2 = db.prepare(`INSERT INTO equipment (customer_id, site_id, type, make, model, serial_number, hostname, network_notes, personal_data, encrypted, installed_on, removed_on, status, notes, sort_key, search_text, created_at, updated_at)
 VALUES (@customer_id, @site_id, @type, @make, @model, @serial_number, @hostname, @network_notes, @personal_data, @encrypted, @installed_on, @removed_on, @status, @notes, @sort_key, @search_text, @created_at, @updated_at)`);
t = performance.now();
try { s.history.withoutHistory(() => s.tx(() => { for (let i = 0; i < 5000; i++) insE2.run(p); throw new Error('rb'); })); } catch {}
console.log('equipment 5000 flat, no fts', (performance.now() - t).toFixed(0));
console.log(p.search_text.length, p.sort_key);
