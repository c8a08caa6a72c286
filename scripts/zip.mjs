// A small ZIP writer (deflate, UTF-8 names, Unix modes) for the WordPress plugin archive:
// enough for WordPress's unzip (ZipArchive or PclZip), `unzip` and every desktop tool, with
// no dependency. The same files give the same bytes: every entry carries one fixed time.
import { crc32, deflateRawSync } from 'node:zlib';

/** 2020-01-01 00:00 in MS-DOS date and time (the format has no time zone). */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MADE_BY_UNIX = (3 << 8) | 20;

/**
 * @param {{ name: string, data?: Buffer | string, mode?: number }[]} entries
 *   files (with data) and folders (name ending in "/", no data), in the archive's order
 * @returns {Buffer} the .zip file
 */
export function zip(entries) {
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const entry of entries) {
    const isFolder = entry.name.endsWith('/');
    const name = Buffer.from(entry.name, 'utf8');
    const data = isFolder ? Buffer.alloc(0) : Buffer.from(entry.data ?? '');
    const deflated = isFolder ? data : deflateRawSync(data, { level: 9 });
    // Store what deflate cannot shrink (tiny files), as zip tools do.
    const stored = isFolder || deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const mode = entry.mode ?? (isFolder ? 0o40755 : 0o100644);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate, folders)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    parts.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra field, comment, disk number start and internal attributes: all 0
    central.writeUInt32LE(((mode << 16) | (isFolder ? 0x10 : 0)) >>> 0, 38); // Unix mode; MS-DOS folder flag
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);

    offset += local.length + name.length + body.length;
  }
  if (entries.length > 0xffff || offset > 0xffffffff) throw new Error('zip: too large for a ZIP without the ZIP64 extension');
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
