/**
 * A Content-Disposition that downloads a file under its (possibly accented) name, RFC 6266: an
 * ASCII fallback, then the real name.
 */
export function attachmentDisposition(name: string, fallback: string): string {
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '');
  return `attachment; filename="${ascii || fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
