import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Where a bakery's stock is counted: its own linked location, else the store's default one (the Bukhara kitchen). */
export const resolveBakeryStockLocationStep = createStep(
  "resolve-bakery-stock-location",
  async ({ bakery_id }: { bakery_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: bakeries } = await query.graph({
      entity: "bakery",
      fields: ["id", "stock_locations.id"],
      filters: { id: bakery_id },
    })
    const own = (bakeries[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id
    if (own) return new StepResponse(own)

    const { data: stores } = await query.graph({ entity: "store", fields: ["default_location_id"] })
    const storeLocation = stores[0]?.default_location_id
    if (!storeLocation) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Neither your bakery nor the store has a stock location; ask the Dasturxon staff to link one to your bakery."
      )
    }
    return new StepResponse(storeLocation)
  }
)
