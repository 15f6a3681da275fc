// `--changed-since REF`: which files differ between REF and the working tree. git runs through execFile with
// argument arrays, never a shell, so a ref or path cannot inject commands.
import { execFile } from 'node:child_process'
import { messageOf } from './message.js'

export interface ChangedFiles {
  /** Added, modified or untracked files, relative to the directory git ran in, sorted. */
  changed: string[]
  /** Files present at REF and gone from the working tree (for the base-version diff of removed contracts). */
  deleted: string[]
  /** The changed files that did not exist at REF (added or untracked), sorted. */
  added: string[]
}

/** A git problem the user can fix (unknown ref, not a repository); its message is shown as it is. */
export class GitError extends Error {
  override name = 'GitError'
}

export type GitRunner = (args: string[], cwd: string) => Promise<string>

export const runGit: GitRunner = (args, cwd) =>
  new Promise((resolvePromise, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new GitError(stderr.trim().split('\n')[0] || err.message))
      else resolvePromise(stdout)
    })
  })

export async function changedSince(cwd: string, ref: string, git: GitRunner = runGit): Promise<ChangedFiles> {
  if (ref === '' || ref.startsWith('-')) throw new GitError(`--changed-since needs a git ref, got "${ref}".`)
  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)
  } catch (err) {
    const detail = messageOf(err)
    const notRepo = /not a git repository/i.test(detail)
    throw new GitError(
      notRepo
        ? `--changed-since needs a git repository, and ${cwd} is not in one.`
        : `--changed-since: "${ref}" is not a commit in this repository (try a branch, tag or SHA; in CI, fetch it first).`
    )
  }
  // --relative keeps paths relative to cwd and leaves out changes outside it, as discovery does.
  const diff = await git(['diff', '--name-status', '-z', '--no-renames', '--relative', ref, '--'], cwd)
  const untracked = await git(['ls-files', '-z', '--others', '--exclude-standard'], cwd)

  const changed = new Set<string>()
  const deleted = new Set<string>()
  const added = new Set<string>()
  const fields = diff.split('\0')
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]
    const path = fields[i + 1]
    if (status === '' || path === undefined) break
    if (status.startsWith('D')) deleted.add(path)
    else changed.add(path)
    if (status.startsWith('A')) added.add(path)
  }
  // A path removed from the index but back in the working tree untracked (`git rm` then a new file or link) is
  // changed, not deleted: what stands there now is checked against the ref.
  for (const path of untracked.split('\0')) {
    if (path === '') continue
    changed.add(path)
    if (!deleted.delete(path)) added.add(path)
  }
  return { changed: [...changed].sort(), deleted: [...deleted].sort(), added: [...added].sort() }
}
