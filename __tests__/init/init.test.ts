// `handoff-check init`: each skeleton is valid against its standard's own JSON Schema, names every handoff item, and
// is reported by the checks until its empty values are filled; init never overwrites a file.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import AjvModule from 'ajv'
import Ajv2019Module from 'ajv/dist/2019.js'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { allItems } from '../../src/checks/index.js'
import { main } from '../../src/cli/main.js'
import { INIT_USAGE } from '../../src/cli/init.js'
import { fakeIO, tempTree } from '../cli/helpers.js'

// CommonJS modules with a `default` export, as src/formats/validate.ts takes them.
const Ajv = AjvModule.default
const Ajv2019 = Ajv2019Module.default
const addFormats = addFormatsModule.default

const schema = (path: string) => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8')) as object

/** The standard's own schema: the vendored ODCS and DCS ones, handoff-check's published ones. */
function validator(kind: string) {
  if (kind === 'odcs') {
    const ajv = new Ajv2019({ strict: false, allErrors: true })
    addFormats(ajv)
    return ajv.compile(schema('schemas/vendor/odcs-json-schema-v3.1.0.json'))
  }
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  if (kind === 'dcs') return ajv.compile(schema('schemas/vendor/dcs-1.2.1.schema.json'))
  if (kind === 'contract') return ajv.compile(schema('schemas/handoff-contract.schema.json'))
  ajv.addSchema(schema('schemas/handoff-model-card.schema.json'), 'card')
  const card = ajv.getSchema(kind === 'huggingface' ? 'card#/$defs/huggingface' : 'card')
  if (!card) throw new Error('no model card schema')
  return card
}

/** The items of a kind, from the registry, so a new item fails here until the skeletons have it. */
const itemsOf = (kind: 'contract' | 'model-card') =>
  allItems.filter((item) => item.appliesTo === kind).map((item) => item.id)
const CONTRACT_ITEMS = itemsOf('contract')
const MODEL_CARD_ITEMS = itemsOf('model-card')
/** The version is the one value init chooses (0.1.0): the item passes from the start. */
const PASSING = new Set(['contract.version'])

const CASES = [
  {
    args: ['contract', '--standard', 'odcs', '--id', 'orders'],
    file: 'orders.odcs.yaml',
    label: 'an ODCS v3.1.0 contract',
    schema: 'odcs',
    items: CONTRACT_ITEMS
  },
  {
    args: ['contract', '--standard', 'dcs', '--id', 'orders'],
    file: 'orders.datacontract.yaml',
    label: 'a Data Contract Specification 1.2.1 contract',
    schema: 'dcs',
    items: CONTRACT_ITEMS
  },
  {
    args: ['contract', '--standard', 'native', '--id', 'orders'],
    file: 'orders.contract.yaml',
    label: 'a handoff-check contract',
    schema: 'contract',
    items: CONTRACT_ITEMS
  },
  {
    args: ['model-card', '--format', 'native', '--name', 'churn'],
    file: 'churn.modelcard.yaml',
    label: 'a handoff-check model card',
    schema: 'card',
    items: MODEL_CARD_ITEMS
  },
  {
    args: ['model-card', '--format', 'huggingface', '--name', 'churn'],
    file: 'README.md',
    label: 'a Hugging Face model card',
    schema: 'huggingface',
    items: MODEL_CARD_ITEMS
  }
]

/** The YAML document of a skeleton: the file, or a README's front matter. */
const documentOf = (text: string) =>
  parse(text.startsWith('---\n') ? text.split('\n---\n')[0].slice(4) : text) as unknown

async function run(root: string, ...argv: string[]) {
  const io = fakeIO(root)
  const code = await main(argv, io)
  return { code, out: io.out.join(''), err: io.err.join('') }
}

describe.each(CASES)('init $args.0 $args.2', ({ args, file, label, schema: kind, items }) => {
  it('writes the skeleton, valid against the standard’s own JSON Schema', async () => {
    const root = tempTree({})
    expect(await run(root, 'init', ...args)).toEqual({
      code: 0,
      out: `Wrote ${file}, ${label}. Fill in what \`handoff-check ${file}\` reports.\n`,
      err: ''
    })
    const validate = validator(kind)
    expect(validate(documentOf(readFileSync(join(root, file), 'utf8')))).toBe(true)
    expect(validate.errors ?? null).toBeNull()
  })

  it('has a comment on every handoff item, and the check reports each one until it is filled', async () => {
    const root = tempTree({})
    await run(root, 'init', ...args)
    const text = readFileSync(join(root, file), 'utf8')
    for (const item of items) expect(text).toContain(`# ${item}: `)
    const checked = await run(root, '--format', 'json', file)
    expect(checked.code).toBe(1)
    const report = JSON.parse(checked.out) as {
      files: { path: string; findings: { item: string; severity: string }[] }[]
    }
    expect(report.files.map((f) => f.path)).toEqual([file])
    const findings = report.files[0].findings
    expect([...new Set(findings.map((f) => f.item))].sort()).toEqual(
      items.filter((item) => !PASSING.has(item))
    )
    // A card may depend on no contract: its missing link is a notice; every other gap fails the check.
    expect(
      findings.filter((f) => f.severity !== (f.item === 'training-data.contract' ? 'notice' : 'error'))
    ).toEqual([])
  })

  it('never overwrites a file', async () => {
    const root = tempTree({ [file]: 'mine\n' })
    expect(await run(root, 'init', ...args)).toEqual({
      code: 2,
      out: '',
      err: `handoff-check init: ${file} already exists: init never overwrites a file. Remove it or choose --output.\nRun handoff-check init --help for usage.\n`
    })
    expect(readFileSync(join(root, file), 'utf8')).toBe('mine\n')
  })
})

describe('init: filled in', () => {
  it('passes once the author fills the native contract’s empty values', async () => {
    const root = tempTree({})
    await run(root, 'init', 'contract', '--standard', 'native', '--id', 'orders')
    const path = join(root, 'orders.contract.yaml')
    const filled = readFileSync(path, 'utf8')
      .replace('owner: ""', 'owner: "@acme/data"')
      .replace('freshness: ""', 'freshness: 24h')
      .replace('schema: {}', 'schema:\n  orders:\n    fields:\n      order_id: { type: string }')
    writeFileSync(path, filled)
    expect((await run(root, 'orders.contract.yaml')).code).toBe(0)
  })

  it('passes once the author fills the ODCS contract’s empty values', async () => {
    const root = tempTree({})
    await run(root, 'init', 'contract', '--standard', 'odcs', '--id', 'orders')
    const path = join(root, 'orders.odcs.yaml')
    const filled = readFileSync(path, 'utf8')
      .replace('    value: ""', '    value: "@acme/data"')
      .replace(
        'schema: []',
        'schema:\n  - name: orders\n    properties:\n      - { name: order_id, logicalType: string }'
      )
      .replace('    value: ""\n    unit: h', '    value: 24\n    unit: h')
    writeFileSync(path, filled)
    expect(await run(root, '--format', 'json', 'orders.odcs.yaml')).toMatchObject({ code: 0 })
  })
})

describe('init: ids, names and usage', () => {
  it('names the file after a URN id’s last segment and writes the id as a YAML string', async () => {
    const root = tempTree({})
    const id = 'urn:acme:orders # not: a comment'
    expect(
      await run(root, 'init', 'contract', '--standard', 'dcs', '--id', id, '--output', 'c.yaml')
    ).toMatchObject({ code: 0 })
    expect(documentOf(readFileSync(join(root, 'c.yaml'), 'utf8'))).toMatchObject({ id, info: { title: id } })
    expect(
      await run(root, 'init', 'contract', '--standard', 'odcs', '--id', 'urn:acme:orders')
    ).toMatchObject({
      code: 0,
      out: 'Wrote orders.odcs.yaml, an ODCS v3.1.0 contract. Fill in what `handoff-check orders.odcs.yaml` reports.\n'
    })
  })

  it('exits 2 with what to do on a bad command line', async () => {
    const root = tempTree({})
    const usage = (message: string) => ({
      code: 2,
      out: '',
      err: `handoff-check init: ${message}\nRun handoff-check init --help for usage.\n`
    })
    expect(await run(root, 'init')).toEqual(usage('say what to write: contract or model-card.'))
    expect(await run(root, 'init', 'card')).toEqual(usage('unknown "card": write contract or model-card.'))
    expect(await run(root, 'init', 'contract', '--id', 'x')).toEqual(
      usage('--standard takes odcs, dcs, native.')
    )
    expect(await run(root, 'init', 'contract', '--standard', 'odsc', '--id', 'x')).toEqual(
      usage('--standard takes odcs, dcs, native, got "odsc".')
    )
    expect(await run(root, 'init', 'contract', '--standard', 'odcs')).toEqual(usage('--id needs a value.'))
    expect(await run(root, 'init', 'contract', '--standard', 'odcs', '--name', 'x', '--id', 'x')).toEqual(
      usage('a contract takes --standard and --id, not --format or --name.')
    )
    expect(await run(root, 'init', 'model-card', '--format', 'mct', '--name', 'x')).toEqual(
      usage('--format takes native, huggingface, got "mct".')
    )
    expect(await run(root, 'init', 'model-card', '--format', 'native', '--name', 'a\nb')).toEqual(
      usage('--name has a control character: write it on one line.')
    )
    expect(await run(root, 'init', 'model-card', '--format', 'native', '--name', 'my model')).toEqual(
      usage('"my model" makes no plain file name: name the file with --output FILE.')
    )
    expect(
      await run(root, 'init', 'contract', '--standard', 'odcs', '--id', 'x', '-o', 'no/such/x.yaml')
    ).toEqual(usage('cannot write no/such/x.yaml: its directory does not exist.'))
  })

  it('prints its help', async () => {
    expect(await run(tempTree({}), 'init', '--help')).toEqual({ code: 0, out: INIT_USAGE, err: '' })
  })
})
