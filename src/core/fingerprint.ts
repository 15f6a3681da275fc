// How a finding is recognised across pushes, so a waiver covers the findings its writer saw and no later ones.
// Lines move with every edit and are left out. A finding is its item, its file and what it is about: for the diff
// items, the changes it names (a new breaking change in the same contract is a new finding); for every other item,
// its message (which quotes the offending value, so a different wrong value is a different finding); for
// contract.downstream, the models it names as broken.
import { createHash } from 'node:crypto'
import type { FileReport, Finding } from '../vocabulary.js'

export function fingerprint(finding: Finding, file: FileReport): string {
  const key = [finding.item, finding.path, subject(finding, file)].join('\u0000')
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}

function subject(finding: Finding, file: FileReport): string {
  // The models it names as broken (a newly broken model is a new finding), not the owners or lines it quotes.
  if (finding.item === 'contract.downstream' && file.downstream)
    return file.downstream
      .filter((d) => d.guard === 'open')
      .map((d) => `${d.card} ${d.role} ${d.impact}`)
      .sort()
      .join('\n')
  const changes = file.changes
  if (!changes || (finding.item !== 'contract.breaking-change' && finding.item !== 'contract.version-bump'))
    return finding.message
  if (finding.item === 'contract.breaking-change' && changes.bump === 'backwards')
    return `backwards ${changes.baseVersion ?? ''} ${changes.headVersion ?? ''}`
  const named = changes.changes
    .filter((c) => finding.item === 'contract.version-bump' || c.level === 'error')
    .map((c) => `${c.rule} ${c.path}`)
  // A comparison that names no change (the base could not be read) is about its message.
  return named.length > 0 ? [...new Set(named)].sort().join('\n') : finding.message
}
