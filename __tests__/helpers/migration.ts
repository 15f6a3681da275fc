// The DCS time example and its ODCS migration (fixtures/migration), and what comparing them reports.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ContractChanges } from '../../src/vocabulary.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8')
export const DCS_TIME = fixture(
  'standards/datacontract-specification/example__time-example.datacontract.yaml'
)
export const ODCS_TIME = fixture('migration/time-example.odcs.yaml')

/** The changes of the DCS time example migrated to ODCS, read from `basePath`: the migration and nothing else. */
export function migratedTime(basePath: string): ContractChanges {
  return {
    basePath,
    migration: { from: 'DCS 1.2.1', to: 'ODCS v3.1.0' },
    baseVersion: '1.0.0',
    headVersion: '1.0.0',
    bump: 'none',
    changes: [],
    verdict: 'unchanged'
  }
}
