/**
 * Bytes of an imported file to text. Files come as UTF-8 (with or without a
 * byte-order mark), as UTF-16 (Windows tools write JSON that way, often with
 * a mark, sometimes without) or, from older spreadsheets, as Latin-1. Read
 * as UTF-8 regardless, the last two turn into replacement characters or
 * NULs; here each is told apart and decoded, and a guess is said aloud.
 */

// TextDecoder is in every place the core runs (Node, pages, workers); the core's own
// library list has no DOM, so the little it uses is declared here.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

export interface DecodedText {
  text: string;
  /** What the reader should know about how the bytes were read. */
  warnings: string[];
}

export const LATIN1_WARNING =
  'the file is not UTF-8: read as Latin-1 (Windows-1252); if letters look wrong, save it as UTF-8';

/** UTF-16 without a mark: text that is mostly ASCII has a NUL in every other byte. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs === 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.7 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.7 && oddNul === 0) return 'utf-16be';
  return null;
}

/**
 * Windows-1252's characters for bytes 0x80 to 0x9F (the rest is Latin-1, byte
 * for byte). Spelled out because Node's decoder, built without full ICU,
 * reads the label as plain Latin-1 and gives C1 controls where browsers give
 * curly quotes and dashes.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    parts.push(
      String.fromCharCode(
        ...Array.from(chunk, (byte) =>
          byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
        ),
      ),
    );
  }
  return parts.join('');
}

/** Decodes an imported file's bytes; `warnings` say when the encoding was a guess. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  const decode = (label: string, skip = 0) =>
    new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(skip));
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: decode('utf-8', 3), warnings: [] };
  if (a === 0xff && b === 0xfe) return { text: decode('utf-16le', 2), warnings: [] };
  if (a === 0xfe && b === 0xff) return { text: decode('utf-16be', 2), warnings: [] };
  const utf16 = utf16Without(bytes);
  if (utf16) return { text: decode(utf16), warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8: by far the likeliest is a spreadsheet's Windows code page.
    return { text: decodeWindows1252(bytes), warnings: [LATIN1_WARNING] };
  }
}
