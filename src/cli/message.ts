/**
 * The text of anything thrown. Checks the shape rather than `instanceof Error`, which is false for errors from
 * another realm (a vm context, a worker).
 */
export function messageOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    return (err as { message: string }).message
  }
  return String(err)
}
