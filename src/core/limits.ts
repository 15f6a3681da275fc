// Files the adapters do not read, and why: the Unreadable values the engine turns into `file.parse` findings, and
// the sizes they print. Pure, shared by the CLI and the Action so both say the same thing.
import type { Unreadable } from '../vocabulary.js'

const MIB = 1024 * 1024

/** A size as people read it: `812 bytes`, `3.4 kB`, `7.3 MB` (decimal units, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte${bytes === 1 ? '' : 's'}`
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/** A limit as it is configured: `1 MiB`, `512 KiB`, or the bytes. */
export function formatLimit(bytes: number): string {
  if (bytes % MIB === 0) return `${bytes / MIB} MiB`
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes.toLocaleString('en-US')} bytes`
}

export function tooLarge(bytes: number, limit: number): Unreadable {
  return { messageId: 'tooLarge', data: { size: formatBytes(bytes), limit: formatLimit(limit) } }
}

export function binary(detail: string): Unreadable {
  return { messageId: 'binary', data: { detail } }
}

export function notAFile(detail: string): Unreadable {
  return { messageId: 'notAFile', data: { detail } }
}
