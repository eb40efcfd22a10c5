/**
 * How a run spells file names: one reversible spelling for the record's
 * `path`, every message, the manifest and (with `\` escaped too) the output
 * file names under `-o`.
 *
 * Linux names are bytes, not text: `latin\xe9.txt` (Latin-1, from an old
 * FTP mirror) is a valid name that no JavaScript string holds, and decoding
 * it the usual way (U+FFFD) loses which byte it was, so the file cannot be
 * opened again. The spelling keeps every character of a UTF-8 name as it
 * is, and writes as `%XX` (upper-case hex) only:
 * - each byte that is not part of valid UTF-8 (`latin%E9.txt`);
 * - control characters U+0000-U+001F and U+007F (a newline: `%0A`), so a
 *   name is always one line of a message or of `jq -r .path`;
 * - `%` itself (`100%25.txt`), so that decoding is never ambiguous.
 * Percent-decoding the spelling to bytes gives the name back exactly
 * (Python: `urllib.parse.unquote_to_bytes(path)`). Names without `%` or
 * those bytes, nearly all of them, are spelled as they are.
 */

/** Anything in a valid name that the spelling writes as `%XX`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ESCAPED_IN_TEXT = /[%\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
const ESCAPED_IN_TEXT_ALL = /[%\u0000-\u001f\u007f]/g;

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The spelling of a name that is a valid string (from the file system's UTF-8, argv, a list). */
export function spellText(name: string): string {
  if (!ESCAPED_IN_TEXT.test(name)) return name;
  return name.replace(ESCAPED_IN_TEXT_ALL, (char) => percent(char.charCodeAt(0)));
}

/** The spelling of a name given as bytes, valid UTF-8 or not. */
export function spellBytes(bytes: Uint8Array): string {
  const text = strictUtf8(bytes);
  if (text !== undefined) return spellText(text);
  let spelled = "";
  let at = 0;
  while (at < bytes.length) {
    const length = utf8SequenceLength(bytes, at);
    if (length === 0) {
      spelled += percent(bytes[at] as number);
      at += 1;
    } else {
      spelled += spellText(Buffer.from(bytes.buffer, bytes.byteOffset + at, length).toString());
      at += length;
    }
  }
  return spelled;
}

/** A name that may come as bytes (`/proc/self/cmdline`, `--files-from`). */
export function spell(name: string | Uint8Array): string {
  return typeof name === "string" ? spellText(name) : spellBytes(name);
}

/**
 * What to hand the file system for a spelled name: the string itself when
 * it holds no escape (the common case, no copy), else the decoded name, as
 * a string when it is valid UTF-8 and as a Buffer (which Node's fs takes
 * byte for byte) when it is not.
 */
export function fsPathOf(spelled: string): string | Buffer {
  if (!spelled.includes("%")) return spelled;
  const bytes = unspell(spelled);
  return strictUtf8(bytes) ?? bytes;
}

/**
 * The name's bytes: `%XX` decoded, everything else as UTF-8. A `%` not
 * followed by two hex digits is taken literally (never produced here, but a
 * spelling typed by hand stays readable).
 */
export function unspell(spelled: string): Buffer {
  const parts: Buffer[] = [];
  let plainFrom = 0;
  for (let at = spelled.indexOf("%"); at !== -1; at = spelled.indexOf("%", at + 1)) {
    const hex = spelled.slice(at + 1, at + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) continue;
    parts.push(Buffer.from(spelled.slice(plainFrom, at)), Buffer.from([Number.parseInt(hex, 16)]));
    plainFrom = at + 3;
    at += 2;
  }
  parts.push(Buffer.from(spelled.slice(plainFrom)));
  return Buffer.concat(parts);
}

/**
 * The spelling read as text, for matching a glob against it: escapes of
 * UTF-8 decoded back, invalid bytes as U+FFFD (a glob is text too).
 */
export function spelledAsText(spelled: string): string {
  return spelled.includes("%") ? unspell(spelled).toString() : spelled;
}

/** The bytes as a string if they are valid UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function percent(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * Length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or 0.
 */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] as number;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (at + length > bytes.length) return 0;
  const second = bytes[at + 1] as number;
  if (second < low || second > high) return 0;
  for (let i = 2; i < length; i++) {
    const next = bytes[at + i] as number;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}
