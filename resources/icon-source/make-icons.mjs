#!/usr/bin/env node
// Draws Förteckna's icon (a dark-blue rounded square with a white "F" made of list bars) and writes
// resources/icon.png (1024×1024), icon.ico (Windows) and icon.icns (macOS), plus the same files for
// the .forteckna document type. No dependencies: PNG via zlib, ICO and ICNS with PNG payloads.
// Run: node resources/icon-source/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const outDir = path.resolve(import.meta.dirname, '..');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Signed distance from (px, py) to a rounded rectangle (negative inside). Units: 0..1. */
function roundedRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

const TOP = [0x2f, 0x5f, 0xb3];
const BOTTOM = [0x15, 0x2c, 0x5c];
const WHITE = [0xff, 0xff, 0xff];
const ACCENT = [0x9c, 0xc4, 0xff];

/** The icon at `size` pixels; `document` draws the .forteckna file icon (the same mark on a page shape). */
function draw(size, { document = false } = {}) {
  const pixels = Buffer.alloc(size * size * 4);
  const aa = 1 / size;
  const coverage = (d) => Math.min(1, Math.max(0, 0.5 - d / aa));
  const bg = document ? [0.16, 0.06, 0.84, 0.94, 0.08] : [0.06, 0.06, 0.94, 0.94, 0.2];
  // The "F": stem, top bar, middle bar; the accent bar below reads as a list line.
  const s = document ? 0.8 : 1;
  const ox = document ? 0.1 : 0;
  const oy = document ? 0.1 : 0;
  const mark = (x0, y0, x1, y1) => [ox + x0 * s, oy + y0 * s, ox + x1 * s, oy + y1 * s, 0.045 * s];
  const white = [mark(0.29, 0.23, 0.4, 0.77), mark(0.29, 0.23, 0.72, 0.335), mark(0.29, 0.45, 0.63, 0.555)];
  const accent = [mark(0.49, 0.665, 0.72, 0.77)];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) / size;
      const py = (y + 0.5) / size;
      const a = coverage(roundedRect(px, py, ...bg));
      if (a === 0) continue;
      const t = Math.min(1, Math.max(0, (py - bg[1]) / (bg[3] - bg[1])));
      let color = TOP.map((c, i) => c + (BOTTOM[i] - c) * t);
      for (const [shapes, paint] of [
        [white, WHITE],
        [accent, ACCENT],
      ]) {
        const cover = Math.max(...shapes.map((shape) => coverage(roundedRect(px, py, ...shape))));
        if (cover > 0) color = color.map((c, i) => c + (paint[i] - c) * cover);
      }
      const offset = (y * size + x) * 4;
      pixels[offset] = Math.round(color[0]);
      pixels[offset + 1] = Math.round(color[1]);
      pixels[offset + 2] = Math.round(color[2]);
      pixels[offset + 3] = Math.round(a * 255);
    }
  }
  return encodePng(size, pixels);
}

function encodeIco(images) {
  const header = Buffer.alloc(6 + images.length * 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + index * 16;
    header[entry] = size >= 256 ? 0 : size;
    header[entry + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

function encodeIcns(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

function writeSet(baseName, options) {
  const cache = new Map();
  const png = (size) => {
    if (!cache.has(size)) cache.set(size, draw(size, options));
    return cache.get(size);
  };
  fs.writeFileSync(path.join(outDir, `${baseName}.png`), png(1024));
  fs.writeFileSync(
    path.join(outDir, `${baseName}.ico`),
    encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png(size) }))),
  );
  fs.writeFileSync(
    path.join(outDir, `${baseName}.icns`),
    encodeIcns([
      { type: 'icp4', png: png(16) },
      { type: 'icp5', png: png(32) },
      { type: 'ic11', png: png(32) },
      { type: 'icp6', png: png(64) },
      { type: 'ic12', png: png(64) },
      { type: 'ic07', png: png(128) },
      { type: 'ic08', png: png(256) },
      { type: 'ic13', png: png(256) },
      { type: 'ic09', png: png(512) },
      { type: 'ic14', png: png(512) },
      { type: 'ic10', png: png(1024) },
    ]),
  );
}

writeSet('icon', {});
writeSet('forteckna-document', { document: true });
console.log(`icons written to ${outDir}`);
