import * as v from 'valibot'
import type { JsonFileDefinition } from '../../src/main/storage/file-envelope'

/** A small versioned file for exercising the store: version 1 kept bare strings, version 2 keeps items. */
const ItemsSchema = v.strictObject({
  items: v.array(v.strictObject({ id: v.string(), text: v.string() }))
})
export type Notes = v.InferOutput<typeof ItemsSchema>

const V1Schema = v.strictObject({ notes: v.array(v.string()) })

export const notesFile: JsonFileDefinition<Notes> = {
  name: 'notes.json',
  store: 'bookmarks',
  version: 2,
  schema: ItemsSchema,
  migrations: {
    1: (data) => {
      const old = v.parse(V1Schema, data)
      return { items: old.notes.map((text, i) => ({ id: `n${i + 1}`, text })) }
    }
  },
  empty: () => ({ items: [] }),
  count: (data) => data.items.length,
  records: {
    ids: (data) => data.items.map((item) => item.id),
    mergeDuplicates: (data) => ({ items: [...new Map(data.items.map((item) => [item.id, item])).values()] })
  }
}

export function notes(...texts: string[]): Notes {
  return { items: texts.map((text, i) => ({ id: `n${i + 1}`, text })) }
}
