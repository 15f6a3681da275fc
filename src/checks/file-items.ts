import { ODCS_SUPPORTED } from '../formats/odcs.js'
import type { FileItem } from './item.js'

export const fileParse: FileItem = {
  id: 'file.parse',
  appliesTo: 'file',
  defaultSeverity: 'error',
  title: 'File can be read',
  description:
    'The file is valid YAML (or Markdown with a YAML front-matter block) in a format handoff-check knows.',
  help: 'Fix the YAML syntax at the reported line; a Markdown model card needs a front-matter block between two `---` lines.',
  example: 'owner: "@acme/ml-platform"   # key: value, two-space indentation, no tabs',
  messages: {
    syntax:
      'The file cannot be parsed: {{detail}}. Fix the YAML at this line; the other files are still checked.',
    unrecognised:
      'Not a data contract or model card handoff-check recognises: expected ODCS v3 (`kind: DataContract`), Data Contract Specification (`dataContractSpecification:`), a handoff-check contract (`kind: HandoffContract`) or model card (`kind: ModelCard`), a Hugging Face model card (Markdown front matter with a model card key such as `model-index:` or `library_name:`) or a Model Card Toolkit card (a .json file with `"model_details"`).',
    dataRecords:
      'Data records, not a data contract or model card: {{count}} JSON records, {{form}}. Check the contract or model card that describes this data instead, or list the file in `paths.ignore` when it sits where contracts are looked for.',
    template:
      'An unrendered template, not a data contract or model card: "{{placeholder}}" is filled in only when it is rendered (Jinja, Helm, the Hub\'s card template). Check the rendered file instead, or list the template in `paths.ignore`.',
    noFrontMatter:
      'No YAML front matter found: a Markdown model card starts with a `---` line, its metadata, and a closing `---` line.',
    tooLarge:
      'Too large to check: {{size}}, over the {{limit}} limit (`limits.maxFileBytes`). The file was not read; split it, raise the limit in the policy, or list it in `paths.ignore` when it is not a contract or model card.',
    binary:
      'Binary content ({{detail}}): a data contract or model card is UTF-8 text (or UTF-16 with a byte-order mark). The file was not checked.',
    notAFile:
      'Not a regular file: {{detail}}. handoff-check never follows symbolic links or submodules; commit the contract or model card itself at this path.',
    was: 'This was {{what}} at the base and is not one now: {{detail}}',
    companion:
      '{{path}}:{{line}} cannot be parsed: {{detail}}. Fix the YAML there; this file is checked without it.',
    companionUnread:
      '{{path}} was not read with this file: {{size}}, over the {{limit}} limit (`limits.maxFileBytes`). This file is checked without it.',
    internal:
      'handoff-check could not check this file ({{detail}}). This is a bug in handoff-check; please report it.'
  }
}

export const fileSchema: FileItem = {
  id: 'file.schema',
  appliesTo: 'file',
  defaultSeverity: 'error',
  title: 'File conforms to its standard',
  description:
    "The document is valid against its standard's published JSON Schema (ODCS, DCS, handoff-check's own).",
  help: "Fix the reported key so the file validates against its standard's JSON Schema.",
  example: 'status: active   # ODCS v3 requires version, apiVersion, kind, id and status',
  messages: {
    standard: '{{detail}}'
  }
}

export const fileStandardVersion: FileItem = {
  id: 'file.standard-version',
  appliesTo: 'file',
  defaultSeverity: 'error',
  title: 'File is in a standard version handoff-check reads',
  description:
    'A file that calls itself a data contract (`kind: DataContract` or `kind: managedDataset`) is in a version handoff-check reads (ODCS v3.0 to v3.2), so it is checked rather than skipped.',
  help: "Migrate an ODCS v2 contract to v3; upgrade handoff-check for a newer ODCS; list another tool's file in `paths.ignore`.",
  example: 'apiVersion: v3.1.0   # with kind: DataContract',
  messages: {
    odcsBeforeV3: `ODCS {{version}} is not supported: handoff-check reads ODCS ${ODCS_SUPPORTED}. Migrate this contract to ODCS v3 (https://github.com/bitol-io/open-data-contract-standard), or list it in \`paths.ignore\`.`,
    odcsNewer: `ODCS {{version}} is newer than the versions this handoff-check reads (${ODCS_SUPPORTED}): upgrade handoff-check, or declare a version it reads.`,
    otherDataContract:
      "`kind: DataContract` with `apiVersion: {{version}}` is not a standard handoff-check reads: for ODCS write a v3 `apiVersion` (`v3.1.0`); for another tool's format list the file in `paths.ignore`."
  }
}
