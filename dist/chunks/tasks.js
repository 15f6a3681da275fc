import { openSync, fstatSync, closeSync, readdirSync, readSync } from 'node:fs';
import { resolve, relative, sep, join } from 'node:path';
import { w as decodeBytes, x as picomatch, y as tooLarge, z as compareFile, A as notAFile, B as isMarkdown, C as evalResultsDir, D as isEvalResultsIn } from './compare.js';
import { stat, lstat, readlink } from 'node:fs/promises';
import { execFile, spawn } from 'node:child_process';

/**
 * The text of anything thrown. Checks the shape rather than `instanceof Error`, which is false for errors from
 * another realm (a vm context, a worker).
 */
function messageOf(err) {
    if (typeof err === 'object' && err !== null && typeof err.message === 'string') {
        return err.message;
    }
    return String(err);
}

// `--changed-since REF`: which files differ between REF and the working tree. git runs through execFile with
// argument arrays, never a shell, so a ref or path cannot inject commands.
/** A git problem the user can fix (unknown ref, not a repository); its message is shown as it is. */
class GitError extends Error {
    name = 'GitError';
}
const runGit = (args, cwd) => new Promise((resolvePromise, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
        if (err)
            reject(new GitError(stderr.trim().split('\n')[0] || err.message));
        else
            resolvePromise(stdout);
    });
});
async function changedSince(cwd, ref, git = runGit) {
    if (ref === '' || ref.startsWith('-'))
        throw new GitError(`--changed-since needs a git ref, got "${ref}".`);
    try {
        await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    }
    catch (err) {
        const detail = messageOf(err);
        const notRepo = /not a git repository/i.test(detail);
        throw new GitError(notRepo
            ? `--changed-since needs a git repository, and ${cwd} is not in one.`
            : `--changed-since: "${ref}" is not a commit in this repository (try a branch, tag or SHA; in CI, fetch it first).`);
    }
    // --relative keeps paths relative to cwd and leaves out changes outside it, as discovery does.
    const diff = await git(['diff', '--name-status', '-z', '--no-renames', '--relative', ref, '--'], cwd);
    const untracked = await git(['ls-files', '-z', '--others', '--exclude-standard'], cwd);
    const changed = new Set();
    const deleted = new Set();
    const added = new Set();
    const fields = diff.split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const status = fields[i];
        const path = fields[i + 1];
        if (status === '' || path === undefined)
            break;
        if (status.startsWith('D'))
            deleted.add(path);
        else
            changed.add(path);
        if (status.startsWith('A'))
            added.add(path);
    }
    // A path removed from the index but back in the working tree untracked (`git rm` then a new file or link) is
    // changed, not deleted: what stands there now is checked against the ref.
    for (const path of untracked.split('\0')) {
        if (path === '')
            continue;
        changed.add(path);
        if (!deleted.delete(path))
            added.add(path);
    }
    return { changed: [...changed].sort(), deleted: [...deleted].sort(), added: [...added].sort() };
}

// Base versions for --changed-since through one `git cat-file --batch` per thread, instead of one `git show` per
// file: starting a git process costs about 3 ms, which was most of a large refactor's run. Requests go to git's
// standard input as `REF:./PATH` lines (no shell, no options), answers come back in the same order.
class BlobReader {
    git;
    pending = [];
    buffer = Buffer.alloc(0);
    failure;
    constructor(cwd) {
        this.git = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        this.git.stdout.on('data', (chunk) => this.take(chunk));
        let stderr = '';
        this.git.stderr.on('data', (chunk) => void (stderr += chunk.toString('utf8')));
        this.git.on('error', (err) => this.fail(new GitError(`git cat-file could not run: ${err.message}`)));
        this.git.on('close', (code) => {
            if (this.pending.length > 0)
                this.fail(new GitError(`git cat-file stopped (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`));
        });
        // A failed write (git gone) is reported through 'close' with the pending reads.
        this.git.stdin.on('error', () => { });
    }
    /** The text of `path` (relative to the reader's directory) at `ref`; undefined when it is no file there. */
    read(ref, path) {
        if (this.failure)
            return Promise.reject(this.failure);
        const spec = `${ref}:./${path}`;
        // One request a line: a name with a line break cannot be asked for this way (and names no base file).
        if (/[\n\r]/.test(spec))
            return Promise.resolve(undefined);
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject });
            this.git.stdin.write(`${spec}\n`);
        });
    }
    close() {
        this.git.stdin.end();
    }
    take(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const eol = this.buffer.indexOf(10);
            if (eol < 0)
                return;
            const header = this.buffer.subarray(0, eol).toString('utf8');
            // `<oid> <type> <size>` then the content and a line feed; `<name> missing` (or ambiguous) alone.
            const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
            if (!match) {
                this.buffer = this.buffer.subarray(eol + 1);
                this.pending.shift()?.resolve(undefined);
                continue;
            }
            const size = Number(match[2]);
            if (this.buffer.length < eol + 1 + size + 1)
                return;
            const content = this.buffer.subarray(eol + 1, eol + 1 + size);
            this.buffer = this.buffer.subarray(eol + 1 + size + 1);
            this.pending.shift()?.resolve(match[1] === 'blob' ? decodeBytes(content) : undefined);
        }
    }
    fail(err) {
        this.failure ??= err;
        for (const p of this.pending.splice(0))
            p.reject(this.failure);
    }
}
const readers = new Map();
/** The text of `path` at `ref` under `root`, through this thread's reader for `root`. */
function blobAt(root, ref, path) {
    let reader = readers.get(root);
    if (!reader) {
        reader = new BlobReader(root);
        readers.set(root, reader);
    }
    return reader.read(ref, path);
}
/** End this thread's readers (a worker's end with the thread). */
function closeBlobReaders() {
    for (const reader of readers.values())
        reader.close();
    readers.clear();
}

/** Never descended into, whatever the config says. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
/** Is this repository-relative path a candidate: in contracts \u222a modelCards and not ignored? */
function candidateMatcher(config) {
    const include = picomatch([...config.paths.contracts, ...config.paths.modelCards]);
    const ignore = config.paths.ignore.length > 0 ? picomatch(config.paths.ignore) : () => false;
    return (path) => include(path) && !ignore(path) && !path.split('/').some((part) => ALWAYS_SKIPPED.has(part));
}
/**
 * Candidate files under `dir`, as paths relative to `root` with `/` separators, sorted; `onFound` hears how many
 * were found so far, each time one is. Synchronous, like
 * readCandidate: the CLI has nothing else to do meanwhile, and a promise per directory cost four times the walk
 * itself (10,000 files in 1,400 directories: ~200 ms against ~45 ms).
 */
function discover(root, dir, isCandidate, onFound) {
    const found = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = readdirSync(abs, { withFileTypes: true });
        }
        catch {
            return; // unreadable directory: nothing to check there
        }
        for (const entry of entries) {
            if (ALWAYS_SKIPPED.has(entry.name))
                continue;
            const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
            // Symbolic links are not followed: a link loop must not hang the run.
            if (entry.isDirectory())
                walk(join(abs, entry.name), path);
            else if (entry.isFile() && isCandidate(path)) {
                found.push(path);
                onFound?.(found.length);
            }
        }
    };
    const start = relative(root, dir);
    walk(dir, start === '' ? '' : toPosix(start));
    return found.sort();
}
/** A path named on the command line, relative to `root`; undefined when it does not exist. */
async function resolvePath(root, arg) {
    const abs = resolve(root, arg);
    try {
        const s = await stat(abs);
        const path = toPosix(relative(root, abs)) || '.';
        if (s.isDirectory())
            return { kind: 'directory', path };
        if (s.isFile())
            return { kind: 'file', path };
        return undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Read one file to check. It is sized first: one over `maxFileBytes` (the policy's `limits.maxFileBytes`) is not read
 * but handed on as unreadable, which the engine reports as a `file.parse` finding. A discovered file that cannot be
 * read is skipped (undefined); a named one is an error the user must see. Synchronous: it runs in a worker thread or
 * in a CLI with nothing else to do meanwhile, where blocking reads cost far less than promises.
 */
function readCandidate(root, path, explicit, maxFileBytes) {
    const abs = join(root, path);
    const named = explicit ? { explicit: true } : {};
    let fd;
    try {
        fd = openSync(abs, 'r');
        const stat = fstatSync(fd);
        if (stat.size > maxFileBytes)
            return { path, text: '', unreadable: tooLarge(stat.size, maxFileBytes), ...named };
        const bytes = readAll(fd, stat.size, maxFileBytes, stat.isFile());
        if (!bytes)
            return { path, text: '', unreadable: tooLarge(maxFileBytes + 1, maxFileBytes), ...named };
        return { path, text: decodeBytes(bytes), ...named };
    }
    catch (err) {
        if (!explicit)
            return undefined;
        throw new ReadError(`cannot read ${path}: ${err.code ?? messageOf(err)}`);
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** Reads go through one buffer per thread, so a run of ten thousand files does not allocate (and fragment) ten thousand. */
const READ_BUFFER_BYTES = 256 * 1024;
let readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
/**
 * The whole of an open file, as a view of the shared buffer that is valid until the next read; undefined when it
 * grew past `maxFileBytes` after it was sized. A buffer grown for a large file is let go once the file is decoded.
 * A read of a regular file that returns less than it asked for has reached the end, so most files take one read
 * instead of a second that returns nothing (a system call saved per file); a pipe is read until it returns nothing.
 */
function readAll(fd, size, maxFileBytes, regular) {
    if (readBuffer.length <= size)
        readBuffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
        if (length === readBuffer.length) {
            if (length > maxFileBytes)
                return undefined;
            const bigger = Buffer.allocUnsafe(length * 2);
            readBuffer.copy(bigger);
            readBuffer = bigger;
        }
        const asked = readBuffer.length - length;
        const n = readSync(fd, readBuffer, length, asked, null);
        length += n;
        if (n === 0 || (regular && n < asked))
            break;
    }
    if (length > maxFileBytes)
        return undefined;
    const bytes = readBuffer.subarray(0, length);
    if (readBuffer.length > READ_BUFFER_BYTES)
        readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    return bytes;
}
/**
 * What stands at `path` when it is not a regular file (a symbolic link, a directory such as a submodule), described
 * for a `file.parse` finding; undefined for a regular file or nothing at all.
 */
async function notRegularFile(root, path) {
    const abs = join(root, path);
    try {
        const s = await lstat(abs);
        if (s.isSymbolicLink())
            return `a symbolic link to \`${await readlink(abs)}\``;
        if (s.isDirectory())
            return 'a directory (a submodule or a folder), not a file';
        return s.isFile() ? undefined : 'a special file';
    }
    catch {
        return undefined;
    }
}
/** A named file that exists but cannot be read. */
class ReadError extends Error {
    name = 'ReadError';
}
function toPosix(path) {
    return sep === '/' ? path : path.split(sep).join('/');
}

// One file's work in the CLI, described without its text so it can cross to a worker thread: read the file (and,
// with --changed-since, its version at the ref), check it, and keep only its report. Nothing of the text, the
// parsed document or the model outlives the task, so memory does not grow with the repository.
/** The report of one task; undefined when the file is not ours, vanished, or a removed file was no contract. */
async function runTask(task, env) {
    const pair = await readTask(task, env);
    return pair ? compareFile(pair, env.ctx)?.report : undefined;
}
/** The texts a task names: undefined when there is nothing to check (a discovered file vanished, no base either). */
async function readTask(task, env) {
    let head;
    if (task.head) {
        const { path, explicit, notFile } = task.head;
        head =
            notFile !== undefined
                ? { path, text: '', unreadable: notAFile(notFile) }
                : readCandidate(env.root, path, explicit, env.maxFileBytes);
        if (!head)
            return undefined;
        const companions = notFile === undefined ? companionsOf(env, path) : [];
        if (companions.length > 0)
            head.companions = companions;
    }
    let base;
    if (task.base !== undefined && env.ref !== undefined) {
        const text = await blobAt(env.root, env.ref, task.base);
        if (text !== undefined)
            base = { path: task.base, text };
    }
    if (!head && !base)
        return undefined;
    return { ...(base ? { base } : {}), ...(head ? { head } : {}) };
}
/** A Markdown card's eval results files (`.eval_results/*.yaml` beside it, regular files only), read with it. */
function companionsOf(env, path) {
    if (!isMarkdown(path))
        return [];
    const dir = evalResultsDir(path);
    let names;
    try {
        names = readdirSync(join(env.root, dir), { withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => `${dir}/${e.name}`);
    }
    catch {
        return []; // no such folder
    }
    return names
        .filter((p) => isEvalResultsIn(dir, p))
        .sort()
        .flatMap((p) => readCandidate(env.root, p, false, env.maxFileBytes) ?? []);
}

export { BlobReader as B, GitError as G, ReadError as R, readCandidate as a, blobAt as b, candidateMatcher as c, discover as d, resolvePath as e, closeBlobReaders as f, changedSince as g, runGit as h, messageOf as m, notRegularFile as n, runTask as r };
