// The command line, parsed once into a typed object; everything after this sees `CliOptions`, never argv.
import { parseArgs } from 'node:util'
import { FORMATS, isOutputFormat } from '../report/index.js'
import type { OutputFormat } from '../report/index.js'
import { messageOf } from './message.js'

export interface CliOptions {
  paths: string[]
  changedSince?: string
  format: OutputFormat
  config?: string
  cwd?: string
  output?: string
  /** --as-discovered: named files are checked as discovered ones (git hooks pass every staged file). */
  asDiscovered: boolean
  /** --jobs: the most threads that check files (1: the main thread; more: worker threads); undefined means one per core for a large run. */
  jobs?: number
  color: boolean
  demo: boolean
  help: boolean
  version: boolean
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string }

export const USAGE = `Usage: handoff-check [paths...] [options]
       handoff-check diff OLD NEW [--format text|json|markdown] [--config FILE] [--no-color]
       handoff-check init contract|model-card ... (handoff-check init --help)
       handoff-check impact CONTRACT... [--format text|json|markdown|mermaid] [--cwd DIR] [--config FILE]

Checks data contracts and ML model cards for every handoff item. \`diff\` prints what changed between two
versions of a contract and whether the version change announces it (handoff-check diff --help). \`init\`
writes a new contract or model card with every handoff item in place (handoff-check init --help). \`impact\`
lists the model cards that depend on a contract (handoff-check impact --help).

Arguments:
  paths                   Files or directories to check (default: discover under the working directory).
                          A file named here is always checked; one that is not a contract or model card
                          is reported.

Options:
  --changed-since REF     Check only files changed between REF and the working tree (plus untracked files),
                          and compare each changed, renamed or deleted contract with its version at REF.
  --format FORMAT         Output format: ${FORMATS.join(', ')} (default: text).
  --config FILE           Config file (default: .github/handoff.yml when present, else built-in defaults).
  --cwd DIR               Run as if started in DIR: paths, --config and --output are relative to it.
  --output FILE           Write the report to FILE instead of standard output.
  --as-discovered         Check named files as discovered ones: a file outside the configured paths, or
                          not a contract or model card, is skipped (for git hooks that pass every staged file).
  --jobs N                Check files on at most N threads (default: one per core when there are many
                          files; 1 checks in the main thread). The report is the same whatever N is.
  --no-color              No colours in the text format (also: NO_COLOR=1; FORCE_COLOR=1 forces them).
  --demo                  Always exit 0, whatever the findings (for demonstrations; usage errors still exit 2).
  -h, --help              Show this help.
  -v, --version           Show the version.

Exit codes: 0 no error-severity findings, 1 at least one, 2 usage or configuration error.
`

/** More threads than this only add start-up cost on any machine the CLI runs on. */
const MAX_JOBS = 64

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'changed-since': { type: 'string' },
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        cwd: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'as-discovered': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'no-color': { type: 'boolean' },
        demo: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (err) {
    return { ok: false, message: messageOf(err) }
  }
  const { values, positionals } = parsed
  const format = values.format ?? 'text'
  if (!isOutputFormat(format)) {
    return { ok: false, message: `Unknown --format "${format}": use one of ${FORMATS.join(', ')}.` }
  }
  for (const key of ['changed-since', 'config', 'cwd', 'output'] as const) {
    if (values[key] === '') return { ok: false, message: `--${key} needs a value.` }
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) {
    return { ok: false, message: `--jobs takes a whole number from 1 to ${MAX_JOBS}, got "${values.jobs}".` }
  }
  return {
    ok: true,
    options: {
      paths: positionals,
      ...(values['changed-since'] !== undefined ? { changedSince: values['changed-since'] } : {}),
      format,
      ...(values.config !== undefined ? { config: values.config } : {}),
      ...(values.cwd !== undefined ? { cwd: values.cwd } : {}),
      ...(values.output !== undefined ? { output: values.output } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
      asDiscovered: values['as-discovered'] ?? false,
      color: !values['no-color'],
      demo: values.demo ?? false,
      help: values.help ?? false,
      version: values.version ?? false
    }
  }
}

/** Colours when asked for and wanted: --no-color wins, then FORCE_COLOR, then NO_COLOR, then whether stdout is a TTY. */
export function useColor(
  flag: boolean,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean
): boolean {
  if (!flag) return false
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY
}
