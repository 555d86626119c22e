import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../../config/env"
import { SHOP_TIME_ZONE } from "../../modules/telegram/bot/dates"
import type { ReceiptContent } from "./receipt-document"

const SELLER_FIELDS = ["id", "name", "address", "phone", "timezone", "vat_rate"]

const present = (values: unknown[]) => values.filter((value): value is string => typeof value === "string" && !!value.trim())

/**
 * Who sold the order: a bakery (name, address, phone, time zone, VAT rate), or the store itself (the store's name,
 * RECEIPT_SHOP_DETAILS and RECEIPT_SHOP_VAT_RATE from the environment, the shop's time zone).
 */
export async function receiptSeller(container: MedusaContainer, bakeryId: string | null): Promise<ReceiptContent["seller"]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (bakeryId) {
    const { data: [bakery] } = await query.graph({ entity: "bakery", fields: SELLER_FIELDS, filters: { id: bakeryId } })
    if (bakery) {
      return {
        id: bakery.id,
        name: bakery.name,
        details: present([bakery.address, bakery.phone]),
        vat_rate: bakery.vat_rate ?? null,
        time_zone: bakery.timezone || SHOP_TIME_ZONE,
      }
    }
  }
  const env = readEnv()
  const { data: [store] } = await query.graph({ entity: "store", fields: ["name"], pagination: { take: 1 } })
  return {
    id: null,
    name: store?.name ?? "Dasturxon",
    details: env.RECEIPT_SHOP_DETAILS,
    vat_rate: env.RECEIPT_SHOP_VAT_RATE ?? null,
    time_zone: SHOP_TIME_ZONE,
  }
}
