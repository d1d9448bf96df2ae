/**
 * Bytes of an edition file to text, refusing what would silently change it: Node's 'utf8' decoding turns
 * invalid bytes into U+FFFD, so an editor would never learn the file was saved in another encoding.
 * A leading byte-order mark is dropped (editors on Windows add one); anywhere else it is text.
 */
import { isUtf8 } from 'node:buffer'
import { ContentError } from './content-error'

const isContinuation = (byte: number | undefined): boolean =>
  byte !== undefined && byte >= 0x80 && byte <= 0xbf

/** Byte length of the well-formed UTF-8 sequence starting at `at`, or 0 if it is not one. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!
  if (lead < 0x80) return 1
  // The second byte's range is narrower after some leads: no overlong forms, surrogates or > U+10FFFF.
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead >= 0xf1 && lead <= 0xf3
                ? [4, 0x80, 0xbf]
                : lead === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0]
  if (length === 0) return 0
  const second = bytes[at + 1]
  if (second === undefined || second < low || second > high) return 0
  for (let i = 2; i < length; i++) if (!isContinuation(bytes[at + i])) return 0
  return length
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1
  for (let at = 0; at < bytes.length;) {
    const length = sequenceLength(bytes, at)
    if (length === 0) return at
    at += length
  }
  return -1
}

const BOM = [0xef, 0xbb, 0xbf]

export function decodeText(file: string, bytes: Uint8Array): string {
  const bad = firstInvalidUtf8(bytes)
  if (bad >= 0) {
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')
    throw new ContentError(
      file,
      `is not valid UTF-8: byte offset ${bad} (0x${hex}) does not start a UTF-8 character; save the file as UTF-8`
    )
  }
  const bom = BOM.every((byte, i) => bytes[i] === byte)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', bom ? 3 : 0)
}
