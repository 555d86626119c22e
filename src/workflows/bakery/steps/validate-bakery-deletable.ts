import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import BakeryOrderLink from "../../../links/bakery-order"
import BakeryProductLink from "../../../links/bakery-product"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { BakeryErrorCodes } from "../../../modules/bakery/error-codes"
import type BakeryModuleService from "../../../modules/bakery/service"
import { loadBakery } from "../bakery-record"

/** A bakery that sells products or has sold orders keeps its history; staff move or suspend it instead. */
export const validateBakeryDeletableStep = createStep(
  "validate-bakery-deletable",
  async ({ id }: { id: string }, { container }) => {
    await loadBakery(container.resolve<BakeryModuleService>(BAKERY_MODULE), id, [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const linked = async (entity: string) => {
      const { data } = await query.graph({ entity, fields: ["bakery_id"], filters: { bakery_id: id }, pagination: { take: 1, skip: 0 } })
      return data.length > 0
    }
    const [hasProducts, hasOrders] = await Promise.all([linked(BakeryProductLink.entryPoint), linked(BakeryOrderLink.entryPoint)])
    if (hasProducts || hasOrders) {
      const what = hasProducts && hasOrders ? "products and orders" : hasProducts ? "products" : "orders"
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Bakery ${id} still has ${what}; move its products to another seller and suspend it instead of deleting it.`,
        BakeryErrorCodes.BAKERY_IN_USE
      )
    }
  }
)
