import type BakeryModuleService from "../../modules/bakery/service"
import { BAKERY_MODULE } from "../../modules/bakery"
import { submitBakerApplicationWorkflow } from "../../workflows/baker-application/submit-baker-application"
import { createBakeryWorkflow } from "../../workflows/bakery/create-bakery"
import { setProductBakeryWorkflow } from "../../workflows/bakery/set-product-bakery"
import { type SeedContext, missingFrom } from "./context"
import { BAKERIES, PENDING_APPLICATION } from "./data/bakeries"
import type { ProductIds } from "./ensure-products"

/** The demo bakeries, their cakes (only products no bakery has yet), and one pending application. */
export async function ensureBakeries(ctx: SeedContext, productIds: ProductIds): Promise<void> {
  const bakeryModule = ctx.container.resolve<BakeryModuleService>(BAKERY_MODULE)
  const existing = await bakeryModule.listBakeries({ handle: BAKERIES.map((bakery) => bakery.handle) }, { select: ["id", "handle"] })
  const bakeryIds = new Map(existing.map((bakery) => [bakery.handle, bakery.id]))
  const missing = missingFrom(BAKERIES.map((bakery) => bakery.handle), bakeryIds.keys())
  for (const { productHandles: _products, ...bakery } of BAKERIES.filter((bakery) => missing.includes(bakery.handle))) {
    const { result } = await createBakeryWorkflow(ctx.container).run({ input: bakery })
    bakeryIds.set(bakery.handle, result.id)
  }
  ctx.tally.record("bakeries", BAKERIES.length, missing.length)

  const { data: products } = await ctx.query.graph({
    entity: "product",
    fields: ["id", "bakery.id"],
    filters: { id: BAKERIES.flatMap((bakery) => bakery.productHandles.map((handle) => productIds.get(handle)!)) },
  })
  const unassigned = new Set(products.filter((product) => !product.bakery).map((product) => product.id as string))
  let linked = 0
  for (const bakery of BAKERIES) {
    for (const handle of bakery.productHandles) {
      const productId = productIds.get(handle)!
      if (!unassigned.has(productId)) continue
      await setProductBakeryWorkflow(ctx.container).run({ input: { product_id: productId, bakery_id: bakeryIds.get(bakery.handle)! } })
      linked++
    }
  }
  ctx.tally.record("bakeryProducts", products.length, linked)

  const [application] = await bakeryModule.listBakerApplications({ email: PENDING_APPLICATION.email }, { select: ["id"] })
  if (!application) await submitBakerApplicationWorkflow(ctx.container).run({ input: PENDING_APPLICATION })
  ctx.tally.record("bakerApplications", 1, application ? 0 : 1)
}
