import { describe, expect, it } from '@jest/globals'
import schema from '../../schemas/handoff-config.schema.json' with { type: 'json' }
import { allItems } from '../../src/checks/index.js'
import { defaultConfig } from '../../src/config/defaults.js'

describe('schemas/handoff-config.schema.json', () => {
  it('lists exactly the registered item ids as the keys of `items`', () => {
    expect(schema.properties.items.propertyNames.enum).toEqual(allItems.map((i) => i.id))
  })

  it('has a top-level key for every ResolvedConfig section', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(defaultConfig()).sort())
    expect(schema.additionalProperties).toBe(false)
  })
})
