import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import BakeryProductLink from "../../../links/bakery-product"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { loadBakery } from "../bakery-record"

export type ValidateProductBakeryInput = { product_id: string; bakery_id: string | null }

/** Checks that the product (and the bakery, when one is given) exist; returns the ids of the product's current bakeries. */
export const validateProductBakeryStep = createStep(
  "validate-product-bakery",
  async ({ product_id, bakery_id }: ValidateProductBakeryInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: product_id } })
    if (!products.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${product_id} does not exist; check the id.`)
    }
    if (bakery_id) {
      await loadBakery(container.resolve<BakeryModuleService>(BAKERY_MODULE), bakery_id, [])
    }
    const { data: links } = await query.graph({
      entity: BakeryProductLink.entryPoint,
      fields: ["bakery_id"],
      filters: { product_id },
    })
    return new StepResponse(links.map((link: { bakery_id: string }) => link.bakery_id))
  }
)
