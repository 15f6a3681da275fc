import type { ContractItem } from '../item.js'
import { contractMissingId, contractMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { quote } from '../values/quote.js'
import { parseSemver } from '../values/version.js'

export const contractVersion: ContractItem = {
  id: 'contract.version',
  appliesTo: 'contract',
  defaultSeverity: 'error',
  title: 'Contract has a semantic version',
  description:
    'The contract declares its own version; a version that is not semver only warns, since breaking-change detection then cannot compare versions.',
  help: 'Give the contract a semantic version and raise its major part with every breaking change.',
  example: 'version: 1.2.0',
  messages: {
    ...contractMissingMessages(
      'No contract version: add {{where}} (a semantic version; raise the major part on breaking changes).',
      {
        native: '`version: 1.0.0`',
        odcs: 'a top-level `version: 1.0.0`',
        dcs: '`info.version: 1.0.0`'
      }
    ),
    notSemver:
      'Version "{{value}}" is not a semantic version (MAJOR.MINOR.PATCH, e.g. `1.0.0`); breaking changes cannot be checked against it.',
    ...STANDARD_ISSUE
  },
  check(doc) {
    if (doc.version === undefined) {
      return [{ messageId: contractMissingId(doc), status: 'missing', at: doc.versionAnchor }]
    }
    if (parseSemver(doc.version.value)) return []
    return [
      {
        messageId: 'notSemver',
        data: { value: quote(doc.version.value) },
        status: 'invalid',
        at: doc.version.at,
        severity: 'warning'
      }
    ]
  }
}
