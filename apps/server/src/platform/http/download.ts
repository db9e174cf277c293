import type { FastifyReply } from 'fastify';

const types = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Sends a generated file as a download with its Chinese file name (RFC 5987 encoding). */
export function sendDownload(reply: FastifyReply, filename: string, body: Buffer) {
  const ext = filename.split('.').pop() as keyof typeof types;
  return reply
    .type(types[ext])
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(body);
}
