// `handoff-check diff OLD NEW`: the changelog of two versions of a contract. The CLI wires it as a subcommand.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { EXIT } from './io.js'
import type { CliIO } from './io.js'
import { messageOf } from './message.js'
import { defaultConfig } from '../config/defaults.js'
import type { ResolvedConfig } from '../config/types.js'
import { formats } from '../formats/index.js'
import type { ContractDoc } from '../model/types.js'
import { parseSource } from '../parse/source.js'
import type { ParsedSource } from '../parse/source.js'
import { compareContracts, diffFindings } from '../diff/compare.js'
import { renderChangelog } from '../diff/render.js'
import type { ChangelogFormat } from '../diff/render.js'

export const DIFF_USAGE = `Usage: handoff-check diff OLD NEW [--format text|json|markdown] [--config FILE] [--no-color]

Prints what changed between two versions of a data contract (any supported standard) and whether the
version change announces it. Exit 0: no breaking change; 1: a breaking change; 2: usage error.

Options:
  --format FORMAT   text (default), json or markdown.
  --config FILE     Config file whose item severities apply (default: .github/handoff.yml when present).
  --no-color        Accepted as the main command accepts it; the changelog is never coloured.
  -h, --help        Show this help.
`

/** Reads the config the main command would: `named`, else `.github/handoff.yml` when present, else the defaults. */
export type ConfigReader = (named: string | undefined) => Promise<ResolvedConfig>

const FORMATS: readonly ChangelogFormat[] = ['text', 'json', 'markdown']

interface Loaded {
  doc: ContractDoc
  source: ParsedSource
}

class UsageError extends Error {}

export async function runDiffCommand(
  args: string[],
  io: CliIO,
  readConfig: ConfigReader = async () => defaultConfig()
): Promise<number> {
  try {
    const options = parseArgs(args)
    if (options === 'help') {
      io.stdout(DIFF_USAGE)
      return EXIT.pass
    }
    const config = await readConfig(options.config).catch((err: unknown) => {
      throw new UsageError(messageOf(err))
    })
    // Both files are read before either is parsed, so a missing file is reported first.
    const baseText = await read(options.base, io)
    const headText = await read(options.head, io)
    const base = load(options.base, baseText)
    const head = load(options.head, headText)
    const compared = compareContracts(base.doc, head.doc, {
      base: base.source.locate,
      head: head.source.locate
    })
    const findings = diffFindings(compared, options.head, head.source.locate, config)
    io.stdout(
      renderChangelog({ basePath: options.base, headPath: options.head, compared, findings }, options.format)
    )
    const failed = compared.changes.verdict === 'breaking' || findings.some((f) => f.severity === 'error')
    return failed ? EXIT.fail : EXIT.pass
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    io.stderr(`handoff-check diff: ${err.message}\n`)
    return EXIT.usage
  }
}

interface DiffOptions {
  base: string
  head: string
  format: ChangelogFormat
  config?: string
}

function parseArgs(args: readonly string[]): DiffOptions | 'help' {
  const files: string[] = []
  let format: string = 'text'
  let config: string | undefined
  const need = (option: string, value: string | undefined, hint: string): string => {
    if (value === undefined || value === '')
      throw new UsageError(`${option} needs a value (${hint})\n${DIFF_USAGE}`)
    return value
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '-h' || arg === '--help') return 'help'
    if (arg === '--format' || arg === '-f') format = need(arg, args[++i], FORMATS.join(', '))
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length)
    else if (arg === '--config' || arg === '-c') config = need(arg, args[++i], 'a config file')
    else if (arg.startsWith('--config='))
      config = need('--config', arg.slice('--config='.length), 'a config file')
    else if (arg === '--no-color') continue
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}\n${DIFF_USAGE}`)
    else files.push(arg)
  }
  if (!FORMATS.includes(format as ChangelogFormat)) {
    throw new UsageError(`unknown format ${format}; use one of ${FORMATS.join(', ')}`)
  }
  if (files.length !== 2)
    throw new UsageError(`expected two files, OLD and NEW, got ${files.length}\n${DIFF_USAGE}`)
  return {
    base: files[0],
    head: files[1],
    format: format as ChangelogFormat,
    ...(config !== undefined ? { config } : {})
  }
}

async function read(path: string, io: CliIO): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, path), 'utf8')
  } catch (err) {
    const code = (err as { code?: unknown }).code
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : String(code ?? err)}`)
  }
}

function load(path: string, text: string): Loaded {
  const source = parseSource(path, text)
  const problem = source.errors[0]
  if (problem) throw new UsageError(`${path}:${problem.line}:${problem.column}: ${problem.message}`)
  const sniffed = formats.filter((f) => f.sniff(text, path))
  const format =
    sniffed.find((f) => f.detect(source.data, path)) ?? formats.find((f) => f.detect(source.data, path))
  if (!format || format.kind !== 'contract') {
    throw new UsageError(
      `${path} is not a data contract handoff-check recognises (ODCS, DCS or kind: HandoffContract)`
    )
  }
  let doc
  try {
    doc = format.map(source.data as Record<string, unknown>, path)
  } catch (err) {
    throw new UsageError(
      `${path} could not be read as ${format.standard}: ${err instanceof Error ? err.message : String(err)}`
    )
  }
  if (doc.kind !== 'contract') throw new UsageError(`${path} is not a data contract`)
  return { doc, source }
}
