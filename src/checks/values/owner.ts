// Owners: a GitHub user (`@alice`), a team (`@acme/ml-platform`) or an email, the three forms CODEOWNERS accepts.

export type OwnerKind = 'user' | 'team' | 'email'

const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][A-Za-z0-9._-]*$/
const EMAIL =
  /^[^\s@<>()[\],;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/

/** The owner's kind, or undefined when the value is not a user, team or email (surrounding spaces allowed). */
export function ownerKind(value: unknown): OwnerKind | undefined {
  if (typeof value !== 'string') return undefined
  const v = value.trim()
  if (USER.test(v)) return 'user'
  if (TEAM.test(v)) return 'team'
  if (EMAIL.test(v)) return 'email'
  return undefined
}

/** Whether CODEOWNERS names the owner; GitHub compares users, teams and emails case-insensitively. */
export function inCodeowners(owner: string, codeowners: ReadonlySet<string>): boolean {
  const wanted = owner.trim().toLowerCase()
  for (const o of codeowners) if (o.toLowerCase() === wanted) return true
  return false
}
