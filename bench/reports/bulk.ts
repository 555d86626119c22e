export type Row = Record<string, unknown>
/** The app's knex connection (ContainerRegistrationKeys.PG_CONNECTION), as far as the bench uses it. */
export type Sql = { raw(sql: string, bindings?: unknown[]): Promise<{ rows: Record<string, any>[] }> }

const BATCH = 2_000

/**
 * Inserts rows in batches of one statement each (json_populate_recordset of the table's own row type), naming only
 * the columns the rows carry, so the table's defaults fill the rest.
 */
export async function bulkInsert(knex: Sql, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return
  const columns = Object.keys(rows[0]).map((column) => `"${column}"`).join(", ")
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH)
    await knex.raw(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", ?::json)`, [JSON.stringify(batch)])
  }
}

/** Medusa's stored form of a BigNumber column's raw twin. */
export const raw = (value: number | string) => ({ value: String(value), precision: 20 })

// the pricing model's seedable PRNG, so a seed always generates the same year
export { seededRandom as seeded, weighted as weightedPick, type Random } from "../../src/modules/cake-pricing/domain/random"
import type { Random } from "../../src/modules/cake-pricing/domain/random"

export const chance = (random: Random, p: number) => random() < p
export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))

let nextId = 0
/**
 * A unique id with Medusa's prefix: Medusa's own generateEntityId takes about 0.3 ms (a ULID each), which alone would
 * cost minutes for a year's rows. "01BENCH" sets the bench's rows apart from real ULIDs.
 */
export const benchId = (prefix: string) => `${prefix}_01BENCH${(nextId++).toString(36).toUpperCase().padStart(19, "0")}`
