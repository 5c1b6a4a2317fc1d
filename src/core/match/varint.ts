/**
 * Unsigned LEB128 integers in a growable byte buffer: postings and term
 * sequences are mostly small numbers, so one or two bytes each instead of
 * four. (Readers decode inline, in their hot loops: statement-index.ts.)
 */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  writeVarint(value: number): void {
    this.reserve(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  writeByte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  /** A right-sized copy, so the stored form carries no slack. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}
