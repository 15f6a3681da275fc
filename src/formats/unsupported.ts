// Files that call themselves data contracts in a version or dialect handoff-check does not read: ODCS before v3
// (`kind: managedDataset`; `kind: DataContract` with a v2 `apiVersion`, or none), ODCS newer than the versions it
// knows, and other tools' formats that borrow `kind: DataContract`. Discovery never skips them silently: the engine
// reports one `file.standard-version` finding at their `apiVersion` (or `kind`) line.
import type { FileKind, JsonPath, Standard } from '../vocabulary.js'
import { odcsVersion } from './odcs.js'
import { child } from './read.js'

export interface UnsupportedStandard {
  kind: FileKind
  standard: Standard
  /** The version as the file declares it, when it does. */
  version?: string
  messageId: 'odcsBeforeV3' | 'odcsNewer' | 'otherDataContract'
  data: Record<string, string>
  at: JsonPath
}

// `v2.2.2`, `2.2.0`, `v1`: before v3. `v3.3.0`, `v4`: newer than the versions known (v3.0 to v3.2).
const BEFORE_V3 = /^v?[0-2](?:\.\d+)*$/
const NUMBERED = /^v?(\d+)(?:\.(\d+))?(?:\.\d+)*(?:[-+][\w.-]*)?$/

/** What is unsupported about a parsed file that is not read as any format; undefined when it is not a contract. */
export function unsupportedStandard(data: unknown): UnsupportedStandard | undefined {
  const kind = child(data, 'kind')
  if (kind !== 'DataContract' && kind !== 'managedDataset') return undefined
  // ODCS v2.x before `apiVersion` wrote `standardVersion`.
  const key = child(data, 'apiVersion') !== undefined ? 'apiVersion' : 'standardVersion'
  const raw = child(data, key)
  const version = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : undefined
  const at: JsonPath = raw === undefined ? ['kind'] : [key]
  const odcs = (messageId: UnsupportedStandard['messageId'], shown: string): UnsupportedStandard => ({
    kind: 'contract',
    standard: 'odcs',
    ...(version !== undefined ? { version } : {}),
    messageId,
    data: { version: shown },
    at
  })
  if (kind === 'managedDataset') return odcs('odcsBeforeV3', `${version ?? 'v1'} (\`kind: managedDataset\`)`)
  if (version === undefined || version === '') {
    return odcs('odcsBeforeV3', 'before v3 (`kind: DataContract` without `apiVersion`)')
  }
  if (BEFORE_V3.test(version)) return odcs('odcsBeforeV3', version)
  const numbered = NUMBERED.exec(version)
  if (numbered && odcsVersion(version) === undefined && isAfterV3_2(numbered)) {
    return odcs('odcsNewer', version)
  }
  return {
    kind: 'unknown',
    standard: 'unknown',
    version,
    messageId: 'otherDataContract',
    data: { version },
    at
  }
}

function isAfterV3_2(match: RegExpExecArray): boolean {
  const major = Number(match[1])
  return major > 3 || (major === 3 && match[2] !== undefined && Number(match[2]) > 2)
}
