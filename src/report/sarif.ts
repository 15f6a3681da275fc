// SARIF 2.1.0 for GitHub code scanning: one run, one rule per handoff item, one result per finding.
// Pure: (report, options) → string. Waived findings are kept as suppressed results so the audit trail survives.
import { createHash } from 'node:crypto'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import { allItems } from '../checks/index.js'
import type { HandoffItem } from '../checks/item.js'
import type { Finding, Report, Severity } from '../vocabulary.js'
import { portablePath } from './describe.js'

export interface SarifOptions {
  /** The tool's version (package.json `version`). */
  toolVersion: string
  /** Where users learn about the tool (package.json `homepage`); omitted when undefined. */
  informationUri?: string
}

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' }
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Versioned so a change in what the fingerprint hashes can be told apart by code scanning. */
const FINGERPRINT_KEY = 'handoffCheck/v1'

export function renderSarif(report: Report, options: SarifOptions): string {
  const rules = allItems.map(ruleFor)
  const index = new Map(rules.map((r, i) => [r.id, i]))
  // A finding whose item is not in the registry (a renderer handed a foreign report) still needs a rule to point at.
  for (const f of report.files.flatMap((file) => file.findings)) {
    if (!index.has(f.item)) {
      index.set(f.item, rules.length)
      rules.push({ id: f.item, name: ruleName(f.item), shortDescription: { text: f.item } })
    }
  }
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => resultFor(f, portablePath(file.path), index.get(f.item) ?? 0))
  )
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'handoff-check',
            ...(options.informationUri !== undefined ? { informationUri: options.informationUri } : {}),
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            rules
          }
        },
        // Columns are offsets into JavaScript strings, as the parser counts them.
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function ruleFor(item: HandoffItem): ReportingDescriptor {
  return {
    id: item.id,
    name: ruleName(item.id),
    shortDescription: { text: item.title },
    fullDescription: { text: item.description },
    help: {
      text: `${item.help}\n\nExample: ${item.example}`,
      markdown: `${item.help}\n\nExample:\n\n\`\`\`yaml\n${item.example}\n\`\`\``
    },
    defaultConfiguration: { level: LEVEL[item.defaultSeverity] },
    properties: { tags: ['handoff', item.appliesTo] }
  }
}

/** `training-data.version` → `TrainingDataVersion`: SARIF's `name` is an identifier, not a sentence. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')
}

function resultFor(f: Finding, path: string, ruleIndex: number): Result {
  return {
    ruleId: f.item,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(path), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.item, path, f.message) },
    ...(f.waived
      ? {
          suppressions: [
            {
              kind: 'external' as const,
              status: 'accepted' as const,
              justification: `Waived by ${f.waived.by}: ${f.waived.reason}`
            }
          ]
        }
      : {})
  }
}

/** Stable across runs and line moves: the same item, file and message keep the same alert. */
export function fingerprint(item: string, path: string, message: string): string {
  return createHash('sha256').update(`${item}\u0000${path}\u0000${message}`).digest('hex').slice(0, 32)
}

/** A relative URI reference: each path segment percent-encoded, `/` kept. */
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
