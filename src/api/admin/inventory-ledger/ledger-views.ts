import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type WithLevel = { inventory_item_id: string; location_id: string }
export type ItemNames = { title: string | null; sku: string | null; location_name: string | null }

/** Item titles, skus and location names beside ledger rows, so the admin needs no second request per row. */
export async function withNames<T extends WithLevel>(container: MedusaContainer, rows: T[]): Promise<(T & ItemNames)[]> {
  if (!rows.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: items }, { data: locations }] = await Promise.all([
    query.graph({ entity: "inventory_item", fields: ["id", "title", "sku"], filters: { id: [...new Set(rows.map((row) => row.inventory_item_id))] } }),
    query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: [...new Set(rows.map((row) => row.location_id))] } }),
  ])
  const item = new Map(items.map((entry) => [entry.id, entry]))
  const location = new Map(locations.map((entry) => [entry.id, entry.name]))
  return rows.map((row) => ({
    ...row,
    title: item.get(row.inventory_item_id)?.title ?? null,
    sku: item.get(row.inventory_item_id)?.sku ?? null,
    location_name: location.get(row.location_id) ?? null,
  }))
}
