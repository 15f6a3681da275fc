// Bytes → text, the same way in the CLI (files on disk) and the Action (blobs GitHub would not give as text):
// UTF-16 with a byte-order mark is decoded, anything else is UTF-8 (its byte-order mark dropped). NUL bytes are
// kept, so the engine reports them as binary content rather than guessing at what they mean.
const UTF8 = new TextDecoder('utf-8')
const UTF16LE = new TextDecoder('utf-16le')

export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return UTF16LE.decode(bytes.subarray(2))
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // UTF-16BE: swap each pair of bytes and decode as little-endian (a trailing odd byte is not a character).
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)))
    return UTF16LE.decode(swapped.swap16())
  }
  return UTF8.decode(bytes)
}
