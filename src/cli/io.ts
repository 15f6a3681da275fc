/** What a CLI command may touch of the process, so commands are tested without spawning one. */
export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  /** Whether stdout is a terminal (colours on). */
  isTTY: boolean
}

/** Exit codes: 0 pass, 1 at least one error-severity finding (or a breaking change), 2 usage or config error. */
export const EXIT = { pass: 0, fail: 1, usage: 2 } as const
