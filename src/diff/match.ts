/** Index by name, first occurrence wins (a duplicate name is the schema check's finding, not a change). */
export function byName<T>(items: readonly T[], name: (item: T) => unknown): Map<string, T> {
  const map = new Map<string, T>()
  for (const item of items) {
    const key = name(item)
    if (typeof key === 'string' && key !== '' && !map.has(key)) map.set(key, item)
  }
  return map
}
