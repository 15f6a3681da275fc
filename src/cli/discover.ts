// Which files to hand the engine: discovery by the config's globs, explicit paths, and reading them in batches.
import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import type { ResolvedConfig } from '../config/types.js'
import type { SourceFile } from '../core/types.js'
import { messageOf } from './message.js'

/** Never descended into, whatever the config says. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules'])
const READ_BATCH = 32

/** Is this repository-relative path a candidate: in contracts ∪ modelCards and not ignored? */
export function candidateMatcher(config: ResolvedConfig): (path: string) => boolean {
  const include = picomatch([...config.paths.contracts, ...config.paths.modelCards])
  const ignore = config.paths.ignore.length > 0 ? picomatch(config.paths.ignore) : () => false
  return (path) => include(path) && !ignore(path) && !path.split('/').some((part) => ALWAYS_SKIPPED.has(part))
}

/** Candidate files under `dir`, as paths relative to `root` with `/` separators, sorted. */
export async function discover(
  root: string,
  dir: string,
  isCandidate: (path: string) => boolean
): Promise<string[]> {
  const found: string[] = []
  const walk = async (abs: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(abs, { withFileTypes: true })
    } catch {
      return // unreadable directory: nothing to check there
    }
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue
      const child = join(abs, entry.name)
      // Symbolic links are not followed: a link loop must not hang the run.
      if (entry.isDirectory()) await walk(child)
      else if (entry.isFile()) {
        const rel = toPosix(relative(root, child))
        if (isCandidate(rel)) found.push(rel)
      }
    }
  }
  await walk(dir)
  return found.sort()
}

export type ResolvedPath = { kind: 'file'; path: string } | { kind: 'directory'; path: string }

/** A path named on the command line, relative to `root`; undefined when it does not exist. */
export async function resolvePath(root: string, arg: string): Promise<ResolvedPath | undefined> {
  const abs = resolve(root, arg)
  try {
    const s = await stat(abs)
    const path = toPosix(relative(root, abs)) || '.'
    if (s.isDirectory()) return { kind: 'directory', path }
    if (s.isFile()) return { kind: 'file', path }
    return undefined
  } catch {
    return undefined
  }
}

/** Discovered files larger than this are skipped (named ones are always read): contracts and cards are small, data is not. */
export const MAX_DISCOVERED_BYTES = 2 * 1024 * 1024

export interface ReadResult {
  files: SourceFile[]
  /** Discovered files left out for their size. */
  tooLarge: string[]
}

/**
 * Read files in parallel batches (bounded so a monorepo does not exhaust file handles). A discovered file that
 * cannot be read is skipped; a named one is an error the user must see.
 */
export async function readSources(
  root: string,
  paths: readonly { path: string; explicit: boolean }[]
): Promise<ReadResult> {
  const result: ReadResult = { files: [], tooLarge: [] }
  for (let i = 0; i < paths.length; i += READ_BATCH) {
    const batch = paths.slice(i, i + READ_BATCH)
    const texts = await Promise.all(batch.map((p) => readCandidate(root, p.path, p.explicit)))
    batch.forEach((p, j) => {
      const text = texts[j]
      if (text === TOO_LARGE) result.tooLarge.push(p.path)
      else if (text !== undefined)
        result.files.push({ path: p.path, text, ...(p.explicit ? { explicit: true } : {}) })
    })
  }
  return result
}

const TOO_LARGE = Symbol('too large')

async function readCandidate(
  root: string,
  path: string,
  explicit: boolean
): Promise<string | typeof TOO_LARGE | undefined> {
  const abs = join(root, path)
  try {
    if (!explicit && (await stat(abs)).size > MAX_DISCOVERED_BYTES) return TOO_LARGE
    return await readFile(abs, 'utf8')
  } catch (err) {
    if (!explicit) return undefined
    throw new ReadError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? messageOf(err)}`)
  }
}

/** A named file that exists but cannot be read. */
export class ReadError extends Error {
  override name = 'ReadError'
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
