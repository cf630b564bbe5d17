/**
 * C0 controls other than tab, line feed and carriage return, and DEL. PostgreSQL refuses NUL in
 * text (22021) and the others only corrupt CSV, PDF and mail output.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make
 * a name printed on an invoice or shown in a list read differently from what is stored
 * ("Trojan Source"). Japanese and English business records never need them.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** Why a text may not be stored: `controlCharacter`, `bidiControl`, or null when it is fine. */
export function unsafeTextReason(text: string): 'controlCharacter' | 'bidiControl' | null {
  if (CONTROL.test(text)) return 'controlCharacter';
  if (BIDI.test(text)) return 'bidiControl';
  return null;
}
