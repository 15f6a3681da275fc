// The two handoff items the diff reports. Their check needs two documents, so they are registered as file-level
// metadata (the engine and SARIF know them) and their findings come from compareContracts / diffFindings.
import type { FileItem } from '../checks/item.js'

export const contractBreakingChange: FileItem = {
  id: 'contract.breaking-change',
  appliesTo: 'file',
  defaultSeverity: 'error',
  title: 'Breaking changes bump the major version',
  description:
    "A breaking schema change (a field removed, a type changed, a constraint tightened, …) comes with a major increase of the contract's version, and the version never goes backwards.",
  help: 'Bump the major version of the contract (1.4.0 → 2.0.0; 0.3.0 → 0.4.0 before 1.0), undo the breaking change, or waive it with `/handoff-waive contract.breaking-change <path> <reason>`.',
  example: 'version: 2.0.0   # was 1.4.0; orders.customer_id was removed',
  messages: {
    unannounced:
      '{{count}} breaking change(s) ({{paths}}) but the version went from {{old}} to {{new}} ({{bump}}); a breaking change needs a major version increase.',
    notComparable:
      '{{count}} breaking change(s) ({{paths}}) but the version {{old}} → {{new}} is not semver, so the major increase cannot be checked.',
    backwards:
      'The contract version went backwards from {{old}} to {{new}}; consumers pinned to {{old}} would see an older promise under a newer change.'
  }
}

export const contractVersionBump: FileItem = {
  id: 'contract.version-bump',
  appliesTo: 'file',
  defaultSeverity: 'warning',
  title: 'Schema changes bump the version',
  description: "Any change to the contract's schema comes with an increase of the contract's version.",
  help: 'Increase the version: patch for descriptions and tags, minor for added fields or loosened constraints, major for breaking changes.',
  example: 'version: 1.5.0   # was 1.4.0; orders.region was added',
  messages: {
    notBumped:
      '{{count}} schema change(s) ({{paths}}) but the version stayed at {{old}}; increase it so consumers can tell the versions apart.'
  }
}

export const diffItems: readonly FileItem[] = [contractBreakingChange, contractVersionBump]
