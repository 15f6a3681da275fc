// The pieces of YAML text every skeleton is written with.

/** A string as a YAML double-quoted scalar: JSON's escapes are YAML's, so nothing in it is read as YAML. */
export function yamlString(value: string): string {
  return JSON.stringify(value)
}

/** The header every skeleton starts with, as YAML comments. */
export function header(what: string): string[] {
  return [
    `# ${what}, written by \`handoff-check init\`.`,
    '# Every handoff item is in place with a comment saying what it means. The empty values are yours to choose:',
    '# handoff-check reports each one until it is filled.'
  ]
}

/** Lines joined into a file's text, ending with a newline. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`
}
