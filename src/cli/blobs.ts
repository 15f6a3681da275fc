// Base versions for --changed-since through one `git cat-file --batch` per thread, instead of one `git show` per
// file: starting a git process costs about 3 ms, which was most of a large refactor's run. Requests go to git's
// standard input as `REF:./PATH` lines (no shell, no options), answers come back in the same order.
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { decodeBytes } from '../parse/decode.js'
import { GitError } from './git.js'

interface Pending {
  resolve(text: string | undefined): void
  reject(err: Error): void
}

export class BlobReader {
  private readonly git: ChildProcessWithoutNullStreams
  private readonly pending: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)
  private failure: Error | undefined

  constructor(cwd: string) {
    this.git = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    this.git.stdout.on('data', (chunk: Buffer) => this.take(chunk))
    let stderr = ''
    this.git.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')))
    this.git.on('error', (err) => this.fail(new GitError(`git cat-file could not run: ${err.message}`)))
    this.git.on('close', (code) => {
      if (this.pending.length > 0)
        this.fail(new GitError(`git cat-file stopped (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`))
    })
    // A failed write (git gone) is reported through 'close' with the pending reads.
    this.git.stdin.on('error', () => {})
  }

  /** The text of `path` (relative to the reader's directory) at `ref`; undefined when it is no file there. */
  read(ref: string, path: string): Promise<string | undefined> {
    if (this.failure) return Promise.reject(this.failure)
    const spec = `${ref}:./${path}`
    // One request a line: a name with a line break cannot be asked for this way (and names no base file).
    if (/[\n\r]/.test(spec)) return Promise.resolve(undefined)
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject })
      this.git.stdin.write(`${spec}\n`)
    })
  }

  close(): void {
    this.git.stdin.end()
  }

  private take(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    for (;;) {
      const eol = this.buffer.indexOf(10)
      if (eol < 0) return
      const header = this.buffer.subarray(0, eol).toString('utf8')
      // `<oid> <type> <size>` then the content and a line feed; `<name> missing` (or ambiguous) alone.
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
      if (!match) {
        this.buffer = this.buffer.subarray(eol + 1)
        this.pending.shift()?.resolve(undefined)
        continue
      }
      const size = Number(match[2])
      if (this.buffer.length < eol + 1 + size + 1) return
      const content = this.buffer.subarray(eol + 1, eol + 1 + size)
      this.buffer = this.buffer.subarray(eol + 1 + size + 1)
      this.pending.shift()?.resolve(match[1] === 'blob' ? decodeBytes(content) : undefined)
    }
  }

  private fail(err: Error): void {
    this.failure ??= err
    for (const p of this.pending.splice(0)) p.reject(this.failure)
  }
}

const readers = new Map<string, BlobReader>()

/** The text of `path` at `ref` under `root`, through this thread's reader for `root`. */
export function blobAt(root: string, ref: string, path: string): Promise<string | undefined> {
  let reader = readers.get(root)
  if (!reader) {
    reader = new BlobReader(root)
    readers.set(root, reader)
  }
  return reader.read(ref, path)
}

/** End this thread's readers (a worker's end with the thread). */
export function closeBlobReaders(): void {
  for (const reader of readers.values()) reader.close()
  readers.clear()
}
