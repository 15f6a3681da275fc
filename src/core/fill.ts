/** A message template with its `{{name}}` placeholders filled from `data`; an unknown name stays as written. */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) =>
    key in data ? String(data[key]) : `{{${key}}}`
  )
}
