import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export type VariantQuantity = { variant_id: string; quantity: number }
export type CartLine = { id: string; variant_id: string; quantity: number }

/** The cart's lines of variants (custom items without a variant hold no stock). */
export async function cartLines(container: MedusaContainer, cartId: string): Promise<CartLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["items.id", "items.variant_id", "items.quantity"], filters: { id: cartId } })
  return (cart?.items ?? []).flatMap((item: { id: string; variant_id?: string | null; quantity: unknown } | null) => (item?.variant_id ? [{ id: item.id, variant_id: item.variant_id, quantity: Number(item.quantity) }] : []))
}

/** Each variant's quantity over lines (two lines of one variant count together), with `changes` added. */
export function quantitiesOf(lines: VariantQuantity[], changes: VariantQuantity[] = []): VariantQuantity[] {
  const quantities = new Map<string, number>()
  for (const line of [...lines, ...changes]) quantities.set(line.variant_id, (quantities.get(line.variant_id) ?? 0) + line.quantity)
  return [...quantities].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}
