#!/usr/bin/env node
// Draws images/icon.png (128×128): two speech bubbles — the counselor's with "…", the client's with a
// check mark — on a teal tile. Plain Node (zlib) so it needs no image tools or network.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
const SS = 4; // supersamples per axis, for smooth edges

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const triangle = (a, b, c) => (x, y) => {
  const s = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = s(a, b), d2 = s(b, c), d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (w / 2) ** 2;
};
const any = (...fs) => (x, y) => fs.some((f) => f(x, y));

const TEAL = [46, 111, 115, 255];
const CREAM = [244, 241, 232, 255];
const AMBER = [242, 180, 65, 255];
// Painted in order; later layers cover earlier ones.
const layers = [
  [roundRect(4, 4, 124, 124, 24), TEAL],
  [any(roundRect(16, 22, 84, 68, 14), triangle([28, 60], [28, 84], [48, 66])), CREAM],
  [any(circle(34, 45, 5.5), circle(50, 45, 5.5), circle(66, 45, 5.5)), TEAL],
  [any(roundRect(44, 60, 112, 104, 14), triangle([100, 96], [102, 118], [80, 100])), AMBER],
  [any(segment(62, 82, 74, 93, 7), segment(74, 93, 95, 70, 7)), TEAL],
];

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let c = [0, 0, 0, 0];
        for (const [shape, color] of layers) if (shape(x, y)) c = color;
        // premultiplied accumulation
        for (let k = 0; k < 3; k++) acc[k] += (c[k] * c[3]) / 255;
        acc[3] += c[3];
      }
    }
    const n = SS * SS;
    const a = acc[3] / n;
    for (let k = 0; k < 3; k++) row[1 + px * 4 + k] = a ? Math.round(((acc[k] / n) * 255) / a) : 0;
    row[1 + px * 4 + 3] = Math.round(a);
  }
  rows.push(row);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32 ? zlib.crc32(body) : crc32(body));
  return Buffer.concat([len, body, crc]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(__dirname, '..', 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
