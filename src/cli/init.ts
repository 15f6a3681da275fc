// `handoff-check init`: writes a skeleton contract or model card (src/init/) to a new file, never over one.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CONTRACT_STANDARDS, MODEL_CARD_FORMATS, skeletonFor } from '../init/skeletons.js'
import type { ContractStandard, InitTarget, ModelCardFormat } from '../init/skeletons.js'
import { EXIT } from './io.js'
import type { CliIO } from './io.js'
import { messageOf } from './message.js'

export const INIT_USAGE = `Usage: handoff-check init contract --standard ${CONTRACT_STANDARDS.join('|')} --id ID [--output FILE]
       handoff-check init model-card --format ${MODEL_CARD_FORMATS.join('|')} --name NAME [--output FILE]

Writes a skeleton with every handoff item in place and a comment saying what each means. What you must choose
is left empty, so handoff-check reports it until it is filled. Never overwrites a file.

Options:
  --standard STANDARD  The contract's standard: odcs (ODCS v3.1.0), dcs (Data Contract Specification 1.2.1)
                       or native (handoff-check's own).
  --format FORMAT      The model card's format: native (handoff-check's own YAML) or huggingface (a README.md).
  --id ID              The contract's id (an ODCS or DCS id may be a URN such as urn:acme:orders).
  --name NAME          The model's name.
  --output FILE        Where to write (default: ID.odcs.yaml, ID.datacontract.yaml, ID.contract.yaml,
                       NAME.modelcard.yaml or README.md, from the last segment of the id or name).
  -h, --help           Show this help.
`

class UsageError extends Error {}

/** A default file name is the id's or name's last `:` or `/` segment, when it is a plain file name. */
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

export async function runInitCommand(args: string[], io: CliIO): Promise<number> {
  try {
    const parsed = parseInit(args)
    if (parsed === 'help') {
      io.stdout(INIT_USAGE)
      return EXIT.pass
    }
    const { target, value, output } = parsed
    const skeleton = skeletonFor(target)
    const base = value.split(/[:/]/).pop() ?? ''
    if (output === undefined && !PLAIN_NAME.test(base)) {
      throw new UsageError(`"${value}" makes no plain file name: name the file with --output FILE.`)
    }
    const path = output ?? skeleton.fileName(base)
    await create(resolve(io.cwd, path), path, skeleton.text(value))
    io.stdout(`Wrote ${path}, ${skeleton.label}. Fill in what \`handoff-check ${path}\` reports.\n`)
    return EXIT.pass
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    io.stderr(`handoff-check init: ${err.message}\nRun handoff-check init --help for usage.\n`)
    return EXIT.usage
  }
}

interface InitArgs {
  target: InitTarget
  value: string
  output?: string
}

function parseInit(args: string[]): InitArgs | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        standard: { type: 'string' },
        format: { type: 'string' },
        id: { type: 'string' },
        name: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (err) {
    throw new UsageError(messageOf(err))
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (values.output === '') throw new UsageError('--output needs a value.')
  const output = values.output !== undefined ? { output: values.output } : {}
  const [what, ...extra] = positionals
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`)
  if (what === 'contract') {
    if (values.format !== undefined || values.name !== undefined) {
      throw new UsageError('a contract takes --standard and --id, not --format or --name.')
    }
    const standard = oneOf('--standard', values.standard, CONTRACT_STANDARDS)
    const id = required('--id', values.id)
    return { target: { kind: 'contract', standard, id }, value: id, ...output }
  }
  if (what === 'model-card') {
    if (values.standard !== undefined || values.id !== undefined) {
      throw new UsageError('a model card takes --format and --name, not --standard or --id.')
    }
    const format = oneOf('--format', values.format, MODEL_CARD_FORMATS)
    const name = required('--name', values.name)
    return { target: { kind: 'model-card', format, name }, value: name, ...output }
  }
  throw new UsageError(
    what === undefined
      ? 'say what to write: contract or model-card.'
      : `unknown "${what}": write contract or model-card.`
  )
}

function oneOf<T extends ContractStandard | ModelCardFormat>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[]
): T {
  const found = allowed.find((a) => a === value)
  if (found === undefined) {
    throw new UsageError(
      `${flag} takes ${allowed.join(', ')}${value === undefined ? '' : `, got "${value}"`}.`
    )
  }
  return found
}

/** An id or name: written into YAML quoted, but never with control characters, which no id or name has. */
function required(flag: string, value: string | undefined): string {
  const text = value?.trim() ?? ''
  if (text === '') throw new UsageError(`${flag} needs a value.`)
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new UsageError(`${flag} has a control character: write it on one line.`)
  return text
}

/** Writes a new file; an existing one is never replaced. */
async function create(target: string, named: string, text: string): Promise<void> {
  try {
    await writeFile(target, text, { encoding: 'utf8', flag: 'wx' })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      throw new UsageError(
        `${named} already exists: init never overwrites a file. Remove it or choose --output.`
      )
    }
    const reason = code === 'ENOENT' ? 'its directory does not exist' : (code ?? messageOf(err))
    throw new UsageError(`cannot write ${named}: ${reason}.`)
  }
}
