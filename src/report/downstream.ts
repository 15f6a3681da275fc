// The downstream of a contract, in every output: the model cards that depend on it, who owns them, and whether a
// change breaks them. Everything shown came from a file, so it is escaped for its medium (./escape.ts).
import type { Dependent, Impact } from '../core/links/types.js'
import type { FileReport } from '../vocabulary.js'
import { codeSpan, markdownText, terminalText } from './escape.js'

/** One contract and its dependents, as the impact command and the Downstream sections show it. */
export interface DownstreamOf {
  path: string
  id?: string
  /** The contract's version now (after the change, when there is one). */
  version?: string
  downstream: Dependent[]
  /** The contract's contract.downstream finding is waived: the dependents it names are shown waived. */
  waived?: boolean
}

/** How a dependent stands: unaffected, broken, broken but updated by the same change, or broken under a waiver. */
export type DependentState = 'pass' | 'breaks' | 'updated' | 'waived'

export function stateOf(d: Dependent, entry: Pick<DownstreamOf, 'waived'>): DependentState {
  if (d.impact === 'ok') return 'pass'
  if (d.guard === 'updated') return 'updated'
  return d.guard === 'open' && entry.waived ? 'waived' : 'breaks'
}

const CELL = { table: true } as const

/** A contract report's downstream block, with the version the contract moved to. */
export function downstreamOf(file: FileReport): DownstreamOf {
  const version = file.changes?.headVersion
  const finding = file.findings.find((f) => f.item === 'contract.downstream')
  return {
    path: file.path,
    ...(version !== undefined ? { version } : {}),
    downstream: file.downstream ?? [],
    ...(finding?.waived ? { waived: true } : {})
  }
}

const REASON: Record<Exclude<Impact, 'ok'>, string> = {
  'breaking-change': 'breaking change',
  removed: 'contract removed',
  'outside-range': 'version outside the range',
  'not-semver': 'contract version is not semver',
  'bad-range': 'range is not semver'
}

/** `pass`, or `breaks (why)`, with the guard's verdict on a break: updated by the change, or waived. */
export function impactLabel(d: Dependent, entry: Pick<DownstreamOf, 'waived'> = {}): string {
  if (d.impact === 'ok') return 'pass'
  const why = REASON[d.impact]
  const state = stateOf(d, entry)
  if (state === 'updated') return `updated with the change (${why})`
  return state === 'waived' ? `waived (${why})` : `breaks (${why})`
}

/** Every owner of a dependent: the card's, then who fixes drift, each once. */
export function ownersOf(d: Dependent): string[] {
  return [...new Set([...d.owners, ...d.driftOwners])]
}

function expects(d: Dependent): string {
  return d.expects === undefined ? 'any version' : d.expects
}

/** Indented text lines for the terminal (the impact command and the report's downstream block). */
export function downstreamText(entry: DownstreamOf, indent = '  '): string[] {
  if (entry.downstream.length === 0) return [`${indent}downstream: no model card names this contract`]
  const lines = [`${indent}downstream: ${entry.downstream.length} model card link(s)`]
  for (const d of entry.downstream) {
    const owners = ownersOf(d)
    lines.push(
      terminalText(
        `${indent}  ${d.card}:${d.line}  ${d.role}  expects ${expects(d)}  ${impactLabel(d, entry)}  owners: ${owners.length > 0 ? owners.join(', ') : 'none named'}`
      )
    )
  }
  return lines
}

const STATE_ICON: Record<DependentState, string> = { pass: '✅', breaks: '❌', updated: '✅', waived: '🙈' }

/**
 * A Markdown table of the dependents. Owners are code spans unless `mention` is set: then the `@user` and
 * `@org/team` owners of a card the change breaks are written bare so GitHub notifies them, unless the change itself
 * edits that card (its owners are then the change author's words, and a pull request must not page anyone).
 */
export function downstreamTable(entry: DownstreamOf, mention = false): string[] {
  if (entry.downstream.length === 0) return ['No model card names this contract.']
  const out = ['| Model card | Uses | Expects | Impact | Owners |', '|---|---|---|---|---|']
  for (const d of entry.downstream) {
    const mentioned = mention && d.impact !== 'ok' && d.inChange !== true
    const owners = ownersOf(d).map((o) => (mentioned && MENTION.test(o) ? o : codeSpan(o, CELL)))
    const model = d.model !== undefined ? ` (${markdownText(d.model)})` : ''
    const impact = `${STATE_ICON[stateOf(d, entry)]} ${impactLabel(d, entry)}`
    out.push(
      `| ${codeSpan(`${d.card}:${d.line}`, CELL)}${model} | ${d.role} | ${codeSpan(expects(d), CELL)} | ${impact} | ${owners.join(', ') || '—'} |`
    )
  }
  return out
}

/** A GitHub user or team a comment may mention. */
const MENTION = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/

/**
 * A Mermaid graph of contracts and their dependent models (GitHub renders a ```mermaid block): each model node is
 * labelled with its card and owners and classed pass (updated with the change too), breaks or waived.
 */
export function mermaidGraph(entries: readonly DownstreamOf[]): string {
  const lines = ['graph LR']
  const classes: Record<'pass' | 'breaks' | 'waived', string[]> = { pass: [], breaks: [], waived: [] }
  entries.forEach((entry, i) => {
    const contract = `c${i}`
    lines.push(
      `  ${contract}[["${mermaidText(entry.version ? `${entry.path} ${entry.version}` : entry.path)}"]]`
    )
    entry.downstream.forEach((d, j) => {
      const node = `m${i}_${j}`
      const owners = ownersOf(d)
      const label = [
        d.model ?? d.card,
        ...(d.model !== undefined ? [d.card] : []),
        owners.join(', ') || 'no owner'
      ]
      lines.push(
        `  ${contract} -->|"${mermaidText(`${d.role}, ${impactLabel(d, entry)}`)}"| ${node}["${label.map(mermaidText).join('<br/>')}"]`
      )
      const state = stateOf(d, entry)
      classes[state === 'updated' ? 'pass' : state].push(node)
    })
  })
  lines.push(
    '  classDef pass fill:#dafbe1,stroke:#1a7f37',
    '  classDef breaks fill:#ffebe9,stroke:#cf222e',
    '  classDef waived fill:#fff8c5,stroke:#9a6700'
  )
  for (const [name, nodes] of Object.entries(classes))
    if (nodes.length > 0) lines.push(`  class ${nodes.join(',')} ${name}`)
  return lines.join('\n')
}

/** Text inside a quoted Mermaid label: everything but plain characters as an entity code, so nothing is markup. */
export function mermaidText(text: string): string {
  return [...text].map((ch) => (/[A-Za-z0-9 ._/:@^~=-]/.test(ch) ? ch : `#${ch.codePointAt(0)};`)).join('')
}
