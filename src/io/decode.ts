import chardet from "chardet";
import iconv from "iconv-lite";

/** Decoded text, with a warning when the bytes needed guessing. */
export type Decoded =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; reason: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
/** How far to look for NUL bytes: enough for any text file's first lines. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Bytes to text, the way a careful reader would: honour a BOM (UTF-8,
 * UTF-16 LE/BE); refuse binary files (NUL bytes where no UTF-16 BOM
 * explains them: an image renamed .txt); accept valid UTF-8; otherwise ask
 * chardet what legacy encoding it is (Windows-1252, Windows-1251,
 * Shift_JIS...) and decode it with iconv-lite, with a warning.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      ok: true,
      text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"),
      encoding: "utf-16le",
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      ok: true,
      text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"),
      encoding: "utf-16be",
    };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) {
    // UTF-16 without a BOM (Windows tools write it): NULs in every other byte.
    const utf16 = bomlessUtf16(sniff);
    if (utf16)
      return {
        ok: true,
        text: iconv.decode(Buffer.from(bytes), utf16),
        encoding: utf16,
        warning: `no byte order mark; decoded as ${utf16.toUpperCase()} (detected)`,
      };
    return { ok: false, reason: "binary file (contains NUL bytes), skipped" };
  }
  try {
    return { ok: true, text: UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: fall through to detection
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let encoding = chardet.detect(buffer) ?? "windows-1252";
  // Browsers treat ISO-8859-1 as Windows-1252 (WHATWG Encoding): the
  // 0x80-0x9F range holds curly quotes and dashes in real files, not controls.
  if (/^iso-8859-1$/i.test(encoding)) encoding = "windows-1252";
  if (/^utf-?8$/i.test(encoding) || !iconv.encodingExists(encoding)) encoding = "windows-1252";
  const text = iconv.decode(buffer, encoding);
  return {
    ok: true,
    text,
    encoding,
    warning: `not valid UTF-8; decoded as ${encoding} (detected)`,
  };
}

/**
 * UTF-16 text of mostly Latin script has a NUL in the high byte of nearly
 * every character, so NULs fall on one parity (odd offsets: LE, even: BE)
 * and hardly ever on the other; binary files spread them anywhere.
 */
function bomlessUtf16(sniff: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (sniff.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < sniff.length; i += 2) {
    if (sniff[i] === 0) even++;
    if (sniff[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(sniff.length / 2);
  if (odd >= pairs * 0.6 && even <= pairs * 0.02) return "utf-16le";
  if (even >= pairs * 0.6 && odd <= pairs * 0.02) return "utf-16be";
  return undefined;
}
