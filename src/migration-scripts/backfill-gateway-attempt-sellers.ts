import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GATEWAY_MODULE } from "../modules/gateway"
import type GatewayModuleService from "../modules/gateway/service"
import { sellersOfPaymentCollections } from "../workflows/reports/kpis/seller-scope"

/** Payment collections a batch attributes: small enough for the link reads' id lists. */
const BACKFILL_BATCH = 1000

/**
 * Records the seller on the gateway attempts written before attempts carried it, attributed as the operations report
 * does (payment collection → order → bakery, else the cart's products' seller), a batch of payment collections at a
 * time. Collections that lead to no seller keep none; the report still tries them at read time. `medusa db:migrate`
 * runs this once.
 */
export default async function backfillGatewayAttemptSellers({ container }: { container: MedusaContainer }): Promise<void> {
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  let after = ""
  let updated = 0
  let left = 0
  for (;;) {
    const collections = await gateway.listCollectionsWithoutSeller(after, BACKFILL_BATCH)
    if (!collections.length) break
    const sellers = await sellersOfPaymentCollections(container, collections)
    updated += await gateway.recordAttemptSellers(sellers)
    left += collections.length - sellers.size
    after = collections[collections.length - 1]
  }
  logger.info(`Gateway attempts: seller recorded on ${updated} in ${Date.now() - started} ms; ${left} payment collections lead to no seller`)
}
