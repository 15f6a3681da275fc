// Synthetic repository for the benchmark: N files grown from the public standards' examples that the project
// vendors under __tests__/fixtures/standards/ (their licences sit beside them). Deterministic for a given (n, seed).
//
// Mix: 5% model cards (Hugging Face README front matter, Model Card Toolkit JSON); the contracts are 70% ODCS and
// 30% Data Contract Specification. A third of the contracts lack an owner, a freshness or both; the rest have both.
// Each contract gets its own id, name and version, and some get extra tables so that sizes vary as in a real repo.
//
// Usage: node bench/generate.mjs --n 1000 [--seed 42] --out DIR [--json]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

/** Bumped whenever the output changes, so cached repositories are regenerated. */
export const GENERATOR_VERSION = 1

const STANDARDS = join(dirname(fileURLToPath(import.meta.url)), '..', '__tests__', 'fixtures', 'standards')

/**
 * Seeds whose only handoff findings, once normalised below, are the owner and freshness the generator controls
 * (examples with other findings, such as invalid schemas or no tables, are left out so the expected findings are
 * known exactly).
 */
const ODCS_SEEDS = [
  'open-data-contract-standard/example__all__full-example.odcs.yaml',
  'open-data-contract-standard/example__data-types__all-data-types.odcs.yaml',
  'open-data-contract-standard/example__fundamentals__table-column-description.odcs.yaml',
  'open-data-contract-standard/example__quality__column-accuracy.odcs.yaml',
  'open-data-contract-standard/example__quality__column-completeness.odcs.yaml',
  'open-data-contract-standard/example__quality__column-custom.odcs.yaml',
  'open-data-contract-standard/example__quality__column-validity.odcs.yaml',
  'open-data-contract-standard/example__schema__all-schema-types.odcs.yaml',
  'open-data-contract-standard/example__schema__kafka-schema.odcs.yaml',
  'open-data-contract-standard/example__schema__table-column.odcs.yaml',
  'open-data-contract-standard/example__schema__table-columns-with-partition.odcs.yaml',
  'datacontract-cli/changelog__integration_v1.odcs.yaml',
  'datacontract-cli/example__orders.odcs.yaml',
  'datacontract-cli/example__user_interactions.odcs.yaml',
  'datacontract-cli/lint__valid-3.1.0.odcs.yaml',
  'datacontract-cli/schema-evolution__cities-v1.odcs.yaml',
  'datacontract-cli/schema-evolution__cities-v3.odcs.yaml'
]

const DCS_SEEDS = [
  'datacontract-specification/example__covid-cases.datacontract.yaml',
  'datacontract-specification/example__muellimperium.datacontract.yaml',
  'datacontract-specification/example__orders-latest.datacontract.yaml',
  'datacontract-specification/example__orders-latest-nested.datacontract.yaml',
  'datacontract-specification/example__time-example.datacontract.yaml',
  'datacontract-specification/example__variant-json-example.datacontract.yaml',
  'datacontract-cli/breaking-dcs__fields-array-v1.datacontract.yaml',
  'datacontract-cli/breaking-dcs__quality-v1.datacontract.yaml'
]

const HF_SEEDS = [
  'huggingface-hub/card__sample_simple_model_index.md',
  'huggingface-hub/card__sample_simple.md',
  'huggingface-hub/card__sample_windows_line_breaks.md'
]

const MCT_SEEDS = [
  'model-card-toolkit/testdata__full.json',
  'model-card-toolkit/testdata__cats_vs_dogs_v0_0_2.json'
]

const DOMAINS = [
  'sales',
  'marketing',
  'finance',
  'logistics',
  'identity',
  'payments',
  'catalog',
  'support',
  'risk'
]
const AREAS = ['core', 'reporting', 'ingest', 'events', 'analytics', 'ops']
const TEAMS = ['alpha', 'bravo', 'delta', 'kilo', 'lima', 'oscar', 'tango']
const NOUNS = [
  'orders',
  'customers',
  'invoices',
  'shipments',
  'sessions',
  'refunds',
  'products',
  'tickets',
  'events'
]
const COLUMN_TYPES = [
  ['string', 'varchar(64)'],
  ['integer', 'bigint'],
  ['number', 'decimal(18,2)'],
  ['date', 'date'],
  ['boolean', 'boolean']
]

/** mulberry32: small, fast, good enough for picking test data. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}

const pick = (items, random) => items[Math.floor(random() * items.length)]
const int = (lo, hi, random) => lo + Math.floor(random() * (hi - lo + 1))

/** How many of each kind and variant N gives: exact, so a test can pin them. */
export function plan(n) {
  const modelCards = Math.round(n * 0.05)
  const contracts = n - modelCards
  const odcs = Math.round(contracts * 0.7)
  const missing = Math.round(contracts / 3)
  const noOwner = Math.round(missing * 0.4)
  const noFreshness = Math.round(missing * 0.4)
  return {
    files: n,
    odcs,
    dcs: contracts - odcs,
    modelCards,
    huggingface: Math.round(modelCards * 0.6),
    modelCardToolkit: modelCards - Math.round(modelCards * 0.6),
    contractsMissingOwnerOnly: noOwner,
    contractsMissingFreshnessOnly: noFreshness,
    contractsMissingBoth: missing - noOwner - noFreshness
  }
}

const seedText = new Map()
function readSeed(path) {
  let text = seedText.get(path)
  if (text === undefined) {
    text = readFileSync(join(STANDARDS, path), 'utf8')
    seedText.set(path, text)
  }
  return text
}

/** Lines of a top-level block `key:` (the key line and everything indented or blank below it), removed. */
function dropTopLevelBlock(lines, key) {
  const out = []
  let skipping = false
  for (const line of lines) {
    if (skipping && (line === '' || /^[\s#]/.test(line) || line.startsWith('- '))) continue
    skipping = line.startsWith(`${key}:`)
    if (!skipping) out.push(line)
  }
  return out
}

/** Replace the value of a top-level `key:` line; returns whether it was there. */
function setTopLevel(lines, key, value) {
  const i = lines.findIndex((l) => l.startsWith(`${key}:`))
  if (i >= 0) lines[i] = `${key}: ${value}`
  return i >= 0
}

/** Indentation of the first content line after `key:` (the block's children). */
function childIndent(lines, key) {
  const i = lines.findIndex((l) => l.startsWith(`${key}:`))
  if (i < 0) return undefined
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].trim() === '' || lines[j].trim().startsWith('#')) continue
    return { at: i, indent: lines[j].length - lines[j].trimStart().length }
  }
  return undefined
}

/** Extra tables: most files have none, some a few, a handful many (real repositories have a long tail). */
function extraTableCount(random) {
  const r = random()
  if (r < 0.6) return 0
  if (r < 0.85) return int(1, 2, random)
  if (r < 0.97) return int(3, 6, random)
  return int(10, 25, random)
}

function columns(random, table) {
  return Array.from({ length: int(3, 25, random) }, (_, c) => {
    const [logical, physical] = pick(COLUMN_TYPES, random)
    return { name: `${table}_c${c}`, logical, physical, required: random() < 0.4 }
  })
}

function odcsTable(name, random, pad) {
  const lines = [
    `${pad}- name: ${name}`,
    `${pad}  physicalName: ${name}_tbl`,
    `${pad}  physicalType: table`,
    `${pad}  logicalType: object`,
    `${pad}  description: Synthetic table ${name} for the handoff-check benchmark.`,
    `${pad}  properties:`
  ]
  for (const col of columns(random, name)) {
    lines.push(
      `${pad}    - name: ${col.name}`,
      `${pad}      logicalType: ${col.logical}`,
      `${pad}      physicalType: ${col.physical}`,
      `${pad}      required: ${col.required}`,
      `${pad}      description: Column ${col.name} of ${name}.`
    )
  }
  return lines
}

function dcsModel(name, random, pad) {
  const lines = [
    `${pad}${name}:`,
    `${pad}  type: table`,
    `${pad}  description: Synthetic table ${name} for the handoff-check benchmark.`,
    `${pad}  fields:`
  ]
  for (const col of columns(random, name)) {
    lines.push(
      `${pad}    ${col.name}:`,
      `${pad}      type: ${col.logical}`,
      `${pad}      required: ${col.required}`,
      `${pad}      description: Column ${col.name} of ${name}.`
    )
  }
  return lines
}

function insertAfter(lines, index, extra) {
  lines.splice(index + 1, 0, ...extra)
}

function odcsFile(seed, c, random) {
  let lines = readSeed(seed).replace(/\r\n/g, '\n').split('\n')
  for (const key of ['customProperties', 'slaProperties', 'team', 'support'])
    lines = dropTopLevelBlock(lines, key)
  setTopLevel(lines, 'id', `${c.slug}-${c.index.toString(36)}`)
  setTopLevel(lines, 'name', c.slug)
  setTopLevel(lines, 'version', `${c.major}.${c.minor}.0`)
  const tables = childIndent(lines, 'schema')
  if (tables) {
    const extra = []
    for (let t = 0; t < c.extraTables; t++)
      extra.push(...odcsTable(`${c.noun}_x${t}`, random, ' '.repeat(tables.indent)))
    insertAfter(lines, tables.at, extra)
  }
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  if (c.owner) lines.push('customProperties:', '  - property: owner', `    value: "@acme/${c.team}"`)
  if (c.freshness)
    lines.push('slaProperties:', '  - property: freshness', `    value: ${c.hours}`, '    unit: h')
  return `${lines.join('\n')}\n`
}

function dcsFile(seed, c, random) {
  let lines = readSeed(seed).replace(/\r\n/g, '\n').split('\n')
  lines = dropTopLevelBlock(lines, 'servicelevels')
  setTopLevel(lines, 'id', `${c.slug}-${c.index.toString(36)}`)
  const info = lines.findIndex((l) => l.startsWith('info:'))
  let end = info + 1
  while (end < lines.length && (lines[end] === '' || /^\s/.test(lines[end]))) end++
  const body = lines
    .slice(info + 1, end)
    .filter((l) => !l.startsWith('  owner:'))
    .map((l) => (l.startsWith('  title:') ? `  title: ${c.slug}` : l))
    .map((l) => (l.startsWith('  version:') ? `  version: ${c.major}.${c.minor}.0` : l))
  if (c.owner) body.unshift(`  owner: "@acme/${c.team}"`)
  lines.splice(info + 1, end - info - 1, ...body)
  const models = childIndent(lines, 'models')
  if (models) {
    const extra = []
    for (let t = 0; t < c.extraTables; t++)
      extra.push(...dcsModel(`${c.noun}_x${t}`, random, ' '.repeat(models.indent)))
    insertAfter(lines, models.at, extra)
  }
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  if (c.freshness) lines.push('servicelevels:', '  freshness:', `    threshold: ${c.hours}h`)
  return `${lines.join('\n')}\n`
}

function huggingFaceCard(seed, c) {
  // Rename the model where the card names one; the Windows line breaks of one seed are kept on purpose.
  return readSeed(seed).replace(/^- name: .*$/m, `- name: ${c.slug}`)
}

function modelCardToolkit(seed, c) {
  const card = JSON.parse(readSeed(seed))
  card.model_details.name = c.slug
  return `${JSON.stringify(card, null, 2)}\n`
}

/**
 * Write the repository into `out` (emptied first) and return its manifest: the plan, every file with its standard
 * and variant, total bytes, and the contract findings handoff-check must report.
 */
export function generate({ n, seed = 42, out }) {
  const counts = plan(n)
  const random = prng(seed)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })

  const contracts = counts.odcs + counts.dcs
  const variants = shuffle(
    [
      ...Array(counts.contractsMissingOwnerOnly).fill({ owner: false, freshness: true }),
      ...Array(counts.contractsMissingFreshnessOnly).fill({ owner: true, freshness: false }),
      ...Array(counts.contractsMissingBoth).fill({ owner: false, freshness: false })
    ].concat(
      Array(
        contracts -
          counts.contractsMissingOwnerOnly -
          counts.contractsMissingFreshnessOnly -
          counts.contractsMissingBoth
      ).fill({ owner: true, freshness: true })
    ),
    random
  )
  const kinds = shuffle(
    [
      ...Array(counts.odcs).fill('odcs'),
      ...Array(counts.dcs).fill('dcs'),
      ...Array(counts.huggingface).fill('huggingface'),
      ...Array(counts.modelCardToolkit).fill('model-card-toolkit')
    ],
    random
  )

  const files = []
  let bytes = 0
  let contractIndex = 0
  for (let index = 0; index < kinds.length; index++) {
    const standard = kinds[index]
    const domain = pick(DOMAINS, random)
    const noun = pick(NOUNS, random)
    const slug = `${domain}-${noun}-${index.toString(36)}`
    const depth = int(0, 2, random)
    const folders = [domain, pick(AREAS, random), pick(TEAMS, random)].slice(0, depth + 1)
    let path
    let text
    let variant = null
    if (standard === 'odcs' || standard === 'dcs') {
      variant = variants[contractIndex++]
      const c = {
        ...variant,
        index,
        slug,
        noun,
        team: pick(TEAMS, random),
        hours: int(1, 72, random),
        major: int(1, 4, random),
        minor: int(0, 12, random),
        extraTables: extraTableCount(random)
      }
      if (standard === 'odcs') {
        text = odcsFile(pick(ODCS_SEEDS, random), c, random)
        path = join('domains', ...folders, 'contracts', `${slug}.odcs.yaml`)
      } else {
        text = dcsFile(pick(DCS_SEEDS, random), c, random)
        path = join('domains', ...folders, 'contracts', `${slug}.datacontract.yaml`)
      }
    } else if (standard === 'huggingface') {
      text = huggingFaceCard(pick(HF_SEEDS, random), { slug })
      path = join('models', domain, slug, 'README.md')
    } else {
      text = modelCardToolkit(pick(MCT_SEEDS, random), { slug })
      path = join('models', domain, slug, 'model_card.json')
    }
    mkdirSync(join(out, dirname(path)), { recursive: true })
    writeFileSync(join(out, path), text)
    const size = Buffer.byteLength(text)
    bytes += size
    files.push({ path: path.split('\\').join('/'), standard, bytes: size, ...(variant ?? {}) })
  }

  const expected = {
    contractOwnerMissing: counts.contractsMissingOwnerOnly + counts.contractsMissingBoth,
    contractFreshnessMissing: counts.contractsMissingFreshnessOnly + counts.contractsMissingBoth,
    contractsWithOtherErrors: 0
  }
  return { generatorVersion: GENERATOR_VERSION, n, seed, plan: counts, bytes, expected, files }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false }
    }
  })
  if (values.n === undefined || values.out === undefined) {
    process.stderr.write('Usage: node bench/generate.mjs --n N [--seed S] --out DIR [--json]\n')
    process.exit(2)
  }
  const manifest = generate({ n: Number(values.n), seed: Number(values.seed), out: values.out })
  if (values.json) process.stdout.write(`${JSON.stringify(manifest)}\n`)
  else process.stdout.write(`${manifest.files.length} files, ${manifest.bytes} bytes in ${values.out}\n`)
}
