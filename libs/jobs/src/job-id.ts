/**
 * Builds a BullMQ job id from its parts, joined with '-'. BullMQ refuses most ids containing ':',
 * so ':' inside a part becomes '_'; an empty id or an all-digit id (BullMQ refuses integers) is a
 * programming error.
 */
export function jobId(...parts: (string | number)[]): string {
  const id = parts.map((p) => String(p).replace(/:/g, '_')).join('-');
  if (!id || /^\d+$/.test(id)) throw new Error(`Job id "${id}" is not allowed`);
  return id;
}
