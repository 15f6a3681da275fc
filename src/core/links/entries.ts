// A checked file's entry in the links index, from its normalised document.
import type { JsonPath } from '../../vocabulary.js'
import type { ContractDoc, ContractLink, HandoffDoc, Located, ModelCardDoc } from '../../model/types.js'
import type { ParsedSource } from '../../parse/source.js'
import type { CardEntry, CardLink, ContractEntry, LinkRole } from './types.js'

export function contractEntry(path: string, doc: ContractDoc): ContractEntry {
  const version = doc.version?.value
  return {
    path,
    ...(typeof doc.id?.value === 'string' ? { id: doc.id.value } : {}),
    ...(doc.name ? { name: doc.name.value } : {}),
    ...(typeof version === 'string' || typeof version === 'number' ? { version: String(version) } : {})
  }
}

export function cardEntry(path: string, doc: ModelCardDoc, line: (at: JsonPath) => number): CardEntry {
  const link = (role: LinkRole, l: ContractLink): CardLink[] => {
    const contract = l.contract?.value
    if (typeof contract !== 'string' || contract.trim() === '') return []
    const range = l.contractVersion?.value
    return [
      {
        role,
        contract,
        ...(typeof range === 'string' ? { range } : {}),
        line: line(l.contract!.at)
      }
    ]
  }
  const training = doc.trainingData
  return {
    path,
    ...(doc.name ? { name: doc.name.value } : {}),
    owners: names(doc.owners),
    driftOwners: names(doc.ownership.drift ? [doc.ownership.drift] : []),
    links: [
      ...link('training', { at: training.anchor, ...training }),
      ...(doc.serving.inputs ?? []).flatMap((input) => link('serving', input))
    ]
  }
}

/** The entry of a read document: a contract or a card. */
export function entryOf(
  path: string,
  read: { doc: HandoffDoc; source: ParsedSource }
): ContractEntry | CardEntry {
  const { doc, source } = read
  return doc.kind === 'contract'
    ? contractEntry(path, doc)
    : cardEntry(path, doc, (at) => source.locate(at).line)
}

export function isCardEntry(entry: ContractEntry | CardEntry): entry is CardEntry {
  return 'links' in entry
}

/** Owner names as text; a list value counts element by element. */
function names(values: readonly Located<unknown>[]): string[] {
  return values
    .flatMap((o) => (Array.isArray(o.value) ? (o.value as unknown[]) : [o.value]))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
}
