// Missing-item messages say what to add in the file's own standard. Each item keeps a small table of where the
// key lives per standard; these helpers turn it into message ids and templates and pick one by doc.standard.
import type { ContractDoc, ModelCardDoc } from '../model/types.js'

export interface ContractWhere {
  native: string
  odcs: string
  dcs: string
}

export interface CardWhere {
  native: string
  huggingface: string
  mct: string
}

export type ContractMissingId = 'missingNative' | 'missingOdcs' | 'missingDcs'
export type CardMissingId = 'missingNative' | 'missingHuggingface' | 'missingMct'

/** `{{where}}` in the template is replaced by each standard's entry. */
export function contractMissingMessages(
  template: string,
  where: ContractWhere
): Record<ContractMissingId, string> {
  return {
    missingNative: template.replace('{{where}}', where.native),
    missingOdcs: template.replace('{{where}}', where.odcs),
    missingDcs: template.replace('{{where}}', where.dcs)
  }
}

export function cardMissingMessages(template: string, where: CardWhere): Record<CardMissingId, string> {
  return {
    missingNative: template.replace('{{where}}', where.native),
    missingHuggingface: template.replace('{{where}}', where.huggingface),
    missingMct: template.replace('{{where}}', where.mct)
  }
}

export function contractMissingId(doc: ContractDoc): ContractMissingId {
  return doc.standard === 'odcs' ? 'missingOdcs' : doc.standard === 'dcs' ? 'missingDcs' : 'missingNative'
}

export function cardMissingId(doc: ModelCardDoc): CardMissingId {
  return doc.standard === 'huggingface'
    ? 'missingHuggingface'
    : doc.standard === 'model-card-toolkit'
      ? 'missingMct'
      : 'missingNative'
}

/**
 * A mapper may tie a standard's schema violation to any item (`StandardIssue.item`); the engine reports it with
 * message id `standard`, so every item carries this template.
 */
export const STANDARD_ISSUE = { standard: '{{detail}}' } as const
