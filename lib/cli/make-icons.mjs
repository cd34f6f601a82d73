// Usage: node lib/cli/make-icons.mjs [dir=app]. No network, no dependency; run it again after changing the drawing.
// Draws the shop's icon (a rounded brand-blue square with a white "H") without any dependency:
// app/icon.svg by hand, app/apple-icon.png (180 px) and app/favicon.ico (16, 32, 48 px PNGs).
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const BRAND = [0x21, 0x3b, 0x94];
const WHITE = [255, 255, 255];

/** The icon on a 0..1 square: "bg", "fg" or null (transparent). */
function shape(x, y, rounded) {
  const r = rounded ? 0.2 : 0;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (r > 0 && (x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const inH =
    y >= 0.25 &&
    y <= 0.75 &&
    ((x >= 0.28 && x <= 0.4) ||
      (x >= 0.6 && x <= 0.72) ||
      (x >= 0.28 && x <= 0.72 && y >= 0.45 && y <= 0.56));
  return inH ? "fg" : "bg";
}

function rgba(size, rounded) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4; // 4x4 supersampling
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const s = shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, rounded);
          if (!s) continue;
          const c = s === "fg" ? WHITE : BRAND;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((255 * a) / (n * n));
    }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rounded) {
  const pixels = rgba(size, rounded);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
function ico(sizes) {
  const images = sizes.map((size) => png(size, true));
  const head = Buffer.alloc(6 + 16 * sizes.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(sizes.length, 4);
  let offset = head.length;
  sizes.forEach((size, i) => {
    const e = 6 + 16 * i;
    head[e] = size;
    head[e + 1] = size;
    head.writeUInt16LE(1, e + 4);
    head.writeUInt16LE(32, e + 6);
    head.writeUInt32LE(images[i].length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += images[i].length;
  });
  return Buffer.concat([head, ...images]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="20" fill="#213b94"/><path fill="#fff" d="M28 25h12v20h20V25h12v50H60V56H40v19H28z"/></svg>
`;
const dir = process.argv[2] ?? "app";
writeFileSync(`${dir}/icon.svg`, svg);
writeFileSync(`${dir}/apple-icon.png`, png(180, false)); // iOS rounds the corners itself
writeFileSync(`${dir}/favicon.ico`, ico([16, 32, 48]));
