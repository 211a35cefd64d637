import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
const src = process.argv[2]!;
fs.copyFileSync(src, '/tmp/prof/exp.db');
const db = new Database('/tmp/prof/exp.db');
db.pragma('foreign_keys = ON');
const ids = db.prepare('SELECT id FROM equipment LIMIT 20000').all().map((r: any) => r.id);
const svc = (db.prepare('SELECT id FROM services LIMIT 1').get() as any).id;
const del = db.prepare('DELETE FROM equipment_services WHERE equipment_id = ?');
const ins = db.prepare('INSERT OR IGNORE INTO equipment_services (equipment_id, service_id) VALUES (?, ?)');
for (const fk of ['ON', 'OFF']) {
  db.pragma(`foreign_keys = ${fk}`);
  let t = performance.now();
  db.transaction(() => { for (const id of ids) { del.run(id); } })();
  const tDel = performance.now() - t; t = performance.now();
  db.transaction(() => { for (const id of ids) { ins.run(id, svc); } })();
  console.log('fk', fk, 'delete', tDel.toFixed(0), 'insert', (performance.now() - t).toFixed(0));
}
console.log(db.pragma('cache_size'), db.pragma('journal_mode'), db.pragma('synchronous'));
db.exec(`CREATE TEMP TABLE history_staged (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, row_key TEXT NOT NULL, old TEXT, new TEXT);
CREATE TEMP TABLE history_open (recording INTEGER NOT NULL);
CREATE TEMP TRIGGER h_ins AFTER INSERT ON main.equipment_services BEGIN
 SELECT RAISE(ABORT, 'no') WHERE NOT EXISTS (SELECT 1 FROM temp.history_open);
 INSERT INTO temp.history_staged (tbl, op, row_key, old, new) SELECT 'equipment_services', 'insert', json_array(NEW.equipment_id, NEW.service_id), NULL, json_object('equipment_id', NEW.equipment_id, 'service_id', NEW.service_id) WHERE (SELECT recording FROM temp.history_open) = 1;
END;
CREATE TEMP TRIGGER h_del AFTER DELETE ON main.equipment_services BEGIN
 SELECT RAISE(ABORT, 'no') WHERE NOT EXISTS (SELECT 1 FROM temp.history_open);
 INSERT INTO temp.history_staged (tbl, op, row_key, old, new) SELECT 'equipment_services', 'delete', json_array(OLD.equipment_id, OLD.service_id), json_object('equipment_id', OLD.equipment_id, 'service_id', OLD.service_id), NULL WHERE (SELECT recording FROM temp.history_open) = 1;
END;`);
db.pragma('foreign_keys = ON');
const del2 = db.prepare('DELETE FROM equipment_services WHERE equipment_id = ?');
const ins2 = db.prepare('INSERT OR IGNORE INTO equipment_services (equipment_id, service_id) VALUES (?, ?)');
for (const rec of [0, 1]) {
  let t = performance.now();
  db.transaction(() => { db.prepare('INSERT INTO temp.history_open VALUES (?)').run(rec); for (const id of ids) { del2.run(id); } for (const id of ids) { ins2.run(id, svc); } db.exec('DELETE FROM temp.history_open'); })();
  console.log('temp triggers, recording', rec, (performance.now() - t).toFixed(0));
}
