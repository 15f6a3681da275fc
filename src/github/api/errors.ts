/** The first line of an error's message (also of errors that are not `Error`), for one-line logs and replies. */
export function errorLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]
}
