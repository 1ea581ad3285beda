// Draws the app icons the web app manifest names (public/icons/): Converge's two overlapping rings, white on
// the brand blue, anti-aliased, as PNGs in the sizes browsers ask for. No image library: a PNG is zlib-deflated
// RGBA rows with a CRC per chunk. Run once when the mark changes: node scripts/icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x0b, 0x57, 0xb3];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * One icon, `size` px square. The favicon's rings (viewBox 32: centres 12 and 20, radius 9, stroke 3) are scaled
 * to `scale` of the square: 0.8 for "any", 0.6 for "maskable" (whose outer fifth a launcher may crop).
 */
function icon(size, scale) {
  const unit = (size * scale) / 32;
  const off = (size - 32 * unit) / 2;
  const rings = [12, 20].map((cx) => ({ x: off + cx * unit, y: off + 16 * unit }));
  const r = 9 * unit;
  const half = 1.5 * unit;
  const rows = Buffer.alloc(size * (size * 4 + 1));
  const samples = 4;
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let cover = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          if (rings.some((c) => Math.abs(Math.hypot(px - c.x, py - c.y) - r) <= half)) cover++;
        }
      const a = cover / (samples * samples);
      const i = y * (size * 4 + 1) + 1 + x * 4;
      for (let k = 0; k < 3; k++) rows[i + k] = Math.round(BLUE[k] * (1 - a) + WHITE[k] * a);
      rows[i + 3] = 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
for (const [name, size, scale] of [
  ['icon-192.png', 192, 0.8],
  ['icon-512.png', 512, 0.8],
  ['maskable-512.png', 512, 0.6],
  ['apple-touch-icon.png', 180, 0.7],
]) {
  writeFileSync(new URL(name, out), icon(size, scale));
  console.log(`public/icons/${name}: ${size}×${size}`);
}
