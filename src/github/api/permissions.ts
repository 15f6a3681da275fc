// Who may waive: collaborators with write, maintain or admin. The REST API's `permission` field only knows
// admin | write | read | none (maintain shows as write, triage as read); `role_name` carries the fine-grained role.

const WRITER_ROLES = new Set(['admin', 'maintain', 'write'])

export function canWaive(permission: string | undefined, roleName?: string): boolean {
  return WRITER_ROLES.has(permission ?? '') || WRITER_ROLES.has(roleName ?? '')
}
