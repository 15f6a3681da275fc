// `handoff-check impact CONTRACT...`: the model cards that depend on each contract, their owners and the range each
// expects, as text, JSON, Markdown or a Mermaid graph. Exit 1 when the contract's current version breaks one.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ResolvedConfig } from '../config/types.js'
import { breaks, dependentsOf, resolveContract } from '../core/links/index.js'
import type { LinksIndex } from '../core/links/index.js'
import { downstreamTable, downstreamText, mermaidGraph } from '../report/downstream.js'
import type { DownstreamOf } from '../report/downstream.js'
import { codeSpan, noWorkflowCommands, terminalText } from '../report/escape.js'
import { resolvePath } from './discover.js'
import { EXIT } from './io.js'
import type { CliIO } from './io.js'
import { scanRepository } from './links.js'
import { messageOf } from './message.js'

export const IMPACT_USAGE = `Usage: handoff-check impact CONTRACT... [--format text|json|markdown|mermaid] [--cwd DIR] [--config FILE]

Lists, for each contract (a path, or a contract id), the model cards of the repository that name it
(trainingData.contract, serving.inputs[].contract), with their owners (model.owner, ownership.drift), the
version range each expects, and whether the contract's current version satisfies it.
Exit 0: every dependent's range holds; 1: the contract breaks one; 2: usage error.

Options:
  --format FORMAT   text (default), json, markdown or mermaid (a graph GitHub renders in a \`\`\`mermaid block).
  --cwd DIR         The repository root (default: the working directory).
  --config FILE     Config file whose paths are searched (default: .github/handoff.yml when present).
  --no-color        Accepted as the main command accepts it; the output is never coloured.
  -h, --help        Show this help.
`

const FORMATS = ['text', 'json', 'markdown', 'mermaid'] as const
type ImpactFormat = (typeof FORMATS)[number]

export type RootConfigReader = (root: string, named: string | undefined) => Promise<ResolvedConfig>

class UsageError extends Error {}

export async function runImpactCommand(
  args: string[],
  io: CliIO,
  readConfig: RootConfigReader
): Promise<number> {
  try {
    const options = parse(args)
    if (options === 'help') {
      io.stdout(IMPACT_USAGE)
      return EXIT.pass
    }
    const root = resolve(io.cwd, options.cwd ?? '.')
    if (options.cwd !== undefined && (await resolvePath(io.cwd, options.cwd))?.kind !== 'directory') {
      throw new UsageError(`--cwd: no such directory: ${options.cwd}`)
    }
    const config = await readConfig(root, options.config).catch((err: unknown) => {
      throw new UsageError(messageOf(err))
    })
    const index = await scanRepository(root, config)
    const entries: DownstreamOf[] = []
    for (const named of options.contracts) entries.push(await downstream(root, index, named))
    io.stdout(render(entries, options.format))
    return entries.some((e) => e.downstream.some(breaks)) ? EXIT.fail : EXIT.pass
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    io.stderr(`handoff-check impact: ${err.message}\n`)
    return EXIT.usage
  }
}

/** The contract a name means (a file under the root, else a contract id) and the cards that name it. */
async function downstream(root: string, index: LinksIndex, named: string): Promise<DownstreamOf> {
  const file = await resolvePath(root, named)
  const byPath = file?.kind === 'file' ? index.contracts.find((c) => c.path === file.path) : undefined
  if (file?.kind === 'file' && !byPath) {
    throw new UsageError(
      `${named} is not a data contract handoff-check recognises (ODCS, DCS or kind: HandoffContract)`
    )
  }
  const found = byPath
    ? { kind: 'found' as const, contract: byPath }
    : resolveContract(index.contracts, named)
  if (found.kind === 'none') throw new UsageError(`no contract has the path or id ${named}`)
  if (found.kind === 'ambiguous') {
    throw new UsageError(`${named} is the id of ${found.paths.join(', ')}: name one by its path`)
  }
  const { path, id, version } = found.contract
  return {
    path,
    ...(id !== undefined ? { id } : {}),
    ...(version !== undefined ? { version } : {}),
    downstream: dependentsOf(index.cards, {
      paths: [path],
      ...(id !== undefined ? { id } : {}),
      ...(version !== undefined ? { version } : {})
    })
  }
}

function render(entries: readonly DownstreamOf[], format: ImpactFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ version: 1, contracts: entries }, null, 2) + '\n'
    case 'mermaid':
      return mermaidGraph(entries) + '\n'
    case 'markdown':
      return entries
        .flatMap((e) => [
          `### ${codeSpan(e.path)}${e.version !== undefined ? ` ${codeSpan(e.version)}` : ''}`,
          '',
          ...downstreamTable(e),
          ''
        ])
        .join('\n')
    case 'text':
      return noWorkflowCommands(
        entries
          .flatMap((e) => [
            terminalText(
              `${e.path}${e.id !== undefined ? ` (${e.id})` : ''}, version ${e.version ?? 'none'}`
            ),
            ...downstreamText(e),
            ''
          ])
          .join('\n')
      )
  }
}

interface ImpactOptions {
  contracts: string[]
  format: ImpactFormat
  cwd?: string
  config?: string
}

function parse(args: string[]): ImpactOptions | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        cwd: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (err) {
    throw new UsageError(`${messageOf(err)}\n${IMPACT_USAGE}`)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  const format = values.format ?? 'text'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format ${format}; use one of ${FORMATS.join(', ')}`)
  }
  for (const key of ['cwd', 'config'] as const) {
    if (values[key] === '') throw new UsageError(`--${key} needs a value`)
  }
  if (positionals.length === 0) throw new UsageError(`name at least one contract\n${IMPACT_USAGE}`)
  return {
    contracts: positionals,
    format: format as ImpactFormat,
    ...(values.cwd !== undefined ? { cwd: values.cwd } : {}),
    ...(values.config !== undefined ? { config: values.config } : {})
  }
}
