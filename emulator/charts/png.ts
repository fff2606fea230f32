// A small, deterministic, real PNG of a bar or column chart (grey bars on white, series in distinct greys, stacked
// or side by side), made with node:zlib, with the chart's text in iTXt chunks.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** What a chart shows: per category a value per series, stacked or side by side, as columns or horizontal bars. */
export interface ChartPicture {
  values: number[][];
  stacked: boolean;
  horizontal: boolean;
  width: number;
  height: number;
  /** The text a real chart draws (title, legend, axis titles): no font here, so carried as iTXt chunks. */
  labels: Record<string, string>;
}

/** A series' grey: the first darkest, each next one lighter, so stacked segments stay apart. */
const shade = (series: number, count: number) =>
  Math.round(0x33 + (0xcc - 0x33) * (series / Math.max(1, count)));

/** The bars along one category slot's cross axis: [series, from, to] in value units (stacked: cumulative). */
function segments(row: number[], stacked: boolean): [number, number, number][] {
  let base = 0;
  return row.map((v, s) => {
    const from = stacked ? base : 0;
    base += Math.max(0, v);
    return [s, from, from + Math.max(0, v)];
  });
}

/** The grey of the pixel at `along` (in the slot, 0–1) and `level` (towards the value axis's end, 0–1). */
function pixel(picture: ChartPicture, row: number[], max: number, along: number, level: number): number {
  const series = row.length;
  const inBar = along > 0.15 && along < 0.85;
  if (!inBar) return 0xff;
  // Side by side, each series has its own share of the bar's width.
  const own = picture.stacked ? -1 : Math.min(series - 1, Math.floor(((along - 0.15) / 0.7) * series));
  for (const [s, from, to] of segments(row, picture.stacked)) {
    if (own !== -1 && s !== own) continue;
    if (level >= from / max && level < to / max) return shade(s, series);
  }
  return 0xff;
}

/** iTXt (PNG spec 11.3.4.5): keyword, NUL, uncompressed, no language or translated keyword, then UTF-8 text. */
function itxt(keyword: string, text: string): Buffer {
  return chunk(
    'iTXt',
    Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]),
  );
}

/** An 8-bit greyscale PNG of the chart, scaled to its largest bar (a stack's sum when stacked). */
export function chartPng(picture: ChartPicture): Buffer {
  const { width, height, values, stacked, horizontal } = picture;
  const tops = values.map((row) => segments(row, stacked).reduce((m, [, , to]) => Math.max(m, to), 0));
  const max = Math.max(1, ...tops);
  const slots = Math.max(1, values.length);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const line = Buffer.alloc(width + 1, 0xff);
    line[0] = 0; // filter type: none
    for (let x = 0; x < width; x++) {
      // Columns grow up from the bottom; horizontal bars grow right from the left, categories top to bottom.
      const [cross, crossSize, level] = horizontal
        ? [y, height, x / (width - 4)]
        : [x, width, (height - 1 - y) / (height - 4)];
      const slot = Math.min(slots - 1, Math.floor((cross * slots) / crossSize));
      const along = (cross * slots) / crossSize - slot;
      const row = values[slot];
      if (row) line[x + 1] = pixel(picture, row, max, along, level);
    }
    rows.push(line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...Object.entries(picture.labels).map(([k, v]) => itxt(k, v)),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The iTXt labels of a PNG chartPng made: what a reader of the real image would see written on it. */
export function chartLabels(png: Buffer): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const nul = data.indexOf(0);
      labels[data.toString('latin1', 0, nul)] = data.subarray(nul + 5).toString('utf8');
    }
    at += 12 + length;
  }
  return labels;
}
