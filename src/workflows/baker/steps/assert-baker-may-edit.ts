import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryErrorCodes } from "../../../modules/bakery/error-codes"
import { assertOwnedByBakery } from "../owning-bakery"

export type AssertBakerMayEditInput = { bakery_id: string; product_id?: string; variant_ids?: string[] }

/**
 * A baker changes only their own bakery's products (others answer 404, as if missing) and only while the bakery
 * is active: a suspended bakery keeps read access but its catalogue is frozen until staff reactivate it. Answers the
 * bakery's handle, which new products' handles start with.
 */
export const assertBakerMayEditStep = createStep(
  "assert-baker-may-edit",
  async ({ bakery_id, product_id, variant_ids }: AssertBakerMayEditInput, { container }) => {
    if (product_id) await assertOwnedByBakery(container, "product", product_id, bakery_id)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: bakeries } = await query.graph({ entity: "bakery", fields: ["id", "handle", "status"], filters: { id: bakery_id } })
    if (!bakeries[0]) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${bakery_id} does not exist; check the id.`)
    }
    if (bakeries[0].status === "suspended") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Your bakery is suspended: its products can be viewed but not created or changed until the Dasturxon staff reactivate it.",
        BakeryErrorCodes.BAKERY_SUSPENDED
      )
    }

    if (product_id && variant_ids?.length) {
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { id: variant_ids, product_id },
      })
      const found = new Set(variants.map((variant) => variant.id))
      const missing = variant_ids.find((id) => !found.has(id))
      if (missing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id: ${missing} was not found in product ${product_id}`)
      }
    }
    return new StepResponse({ handle: bakeries[0].handle as string })
  }
)
