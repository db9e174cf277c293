import type { FastifyReply } from 'fastify';

/**
 * The types a download may be sent as, decided from the bytes, never from what the uploader's browser declared (a
 * page saved as 通知.pdf with text/html must not be rendered by the browser on our origin). Anything else —
 * HTML, SVG, scripts, legacy Office, plain text — is application/octet-stream; with `attachment` and `nosniff`
 * the browser saves it and the file name's extension opens it on the desktop.
 */
export const downloadTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
  other: 'application/octet-stream',
} as const;

export type DownloadKind = keyof typeof downloadTypes;

const startsWith = (body: Buffer, bytes: number[]) => bytes.every((b, i) => body[i] === b);

/** Names of the entries in a zip's central directory (empty when it is not a readable zip). */
function zipEntryNames(body: Buffer): string[] {
  // The end-of-central-directory record is within the last 22 + 65535 (comment) bytes.
  const from = Math.max(0, body.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = body.length - 22; i >= from; i--) {
    if (body.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = body.readUInt16LE(eocd + 10);
  let at = body.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count && at + 46 <= body.length; n++) {
    if (body.readUInt32LE(at) !== 0x02014b50) return [];
    const nameLength = body.readUInt16LE(at + 28);
    const rest = nameLength + body.readUInt16LE(at + 30) + body.readUInt16LE(at + 32);
    names.push(body.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + rest;
  }
  return names;
}

/** What a file is by its content: magic bytes, and for zips the parts that make an OOXML or OFD package. */
export function detectKind(body: Buffer): DownloadKind {
  if (startsWith(body, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(body, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(body, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(body, [0x47, 0x49, 0x46, 0x38]) && (body[4] === 0x37 || body[4] === 0x39) && body[5] === 0x61) return 'gif';
  if (body.length >= 22 && startsWith(body, [0x50, 0x4b, 0x03, 0x04])) {
    const names = new Set(zipEntryNames(body));
    if (names.has('[Content_Types].xml') && names.has('word/document.xml')) return 'docx';
    if (names.has('[Content_Types].xml') && names.has('xl/workbook.xml')) return 'xlsx';
    if (names.has('OFD.xml')) return 'ofd';
  }
  return 'other';
}

export function detectType(body: Buffer): string {
  return downloadTypes[detectKind(body)];
}

// RFC 5987 attr-char: what may stand unencoded in filename*=UTF-8''…; encodeURIComponent leaves ' ( ) * ! as they are.
const encodeRfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with the Chinese name as RFC 5987 `filename*` and an ASCII `filename` for clients that do not read it
 * (non-ASCII, quotes, backslashes and control characters become `_`; a name with nothing ASCII left is `file.<ext>`).
 */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline' = 'attachment') {
  const dot = filename.lastIndexOf('.');
  const ext = dot > 0 ? filename.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  const stem = (dot > 0 ? filename.slice(0, dot) : filename).replace(/[^\x20-\x7e]|["\\;%]/g, '_');
  const fallback = /[A-Za-z0-9]/.test(stem) ? `${stem.replace(/_+/g, '_')}${ext}` : `file${ext}`;
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/**
 * Sends a file as a download: its type from its bytes (the allow-list above), always `attachment` with its Chinese
 * file name. Generated files (DOCX, XLSX) and uploads alike.
 */
export function sendDownload(reply: FastifyReply, filename: string, body: Buffer) {
  return reply.type(detectType(body)).header('content-disposition', contentDisposition(filename)).send(body);
}
