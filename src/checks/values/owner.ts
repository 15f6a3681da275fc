// Owners as teams write them: any non-empty name ("Checkout Team", `ceastwood`, `urn:acme:team:checkout`). The three
// forms CODEOWNERS accepts, a GitHub user (`@alice`), a team (`@acme/ml-platform`) or an email, are the ones a pull
// request can notify.

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

/** A name: a string with something besides spaces. */
export function isOwnerName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/**
 * Whether CODEOWNERS names the owner; GitHub compares users, teams and emails case-insensitively. A bare username
 * (ODCS `username: ceastwood`) matches its handle (`@ceastwood`).
 */
export function inCodeowners(owner: string, codeowners: ReadonlySet<string>): boolean {
  const wanted = owner.trim().toLowerCase()
  for (const o of codeowners) {
    const listed = o.toLowerCase()
    if (listed === wanted || listed === `@${wanted}`) return true
  }
  return false
}

/** Whether a pull request can notify the owner: a user, team or email, or a name CODEOWNERS lists. */
export function isReachable(owner: string, codeowners: ReadonlySet<string> | undefined): boolean {
  return ownerKind(owner) !== undefined || (codeowners !== undefined && inCodeowners(owner, codeowners))
}
