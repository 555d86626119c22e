import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, remoteQueryObjectFromString } from "@medusajs/framework/utils"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import type SchedulingModuleService from "../../../modules/scheduling/service"

/**
 * GET /store/payment-providers?region_id=: Medusa's route (same validation, fields and paging, from its
 * middleware), with the providers staff turned off (`disabled_payment_providers`) left out in the query itself, so
 * count and pages stay right. Medusa loads its own routes before the project's, so this one replaces its route.
 */
export const GET = async (req: AuthenticatedMedusaRequest<HttpTypes.StorePaymentProviderFilters>, res: MedusaResponse) => {
  const regionId = req.filterableFields.region_id
  if (!regionId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You must provide the region_id to list payment providers")
  const { disabled_payment_providers } = await req.scope.resolve<SchedulingModuleService>(SCHEDULING_MODULE).readStoreSwitches()
  const remoteQuery = req.scope.resolve(ContainerRegistrationKeys.REMOTE_QUERY)
  const { rows, metadata } = await remoteQuery(
    remoteQueryObjectFromString({
      entryPoint: "region_payment_provider",
      variables: { filters: { region_id: regionId, payment_provider_id: { $nin: disabled_payment_providers } }, ...req.queryConfig.pagination },
      fields: req.queryConfig.fields.map((field) => `payment_provider.${field}`),
    })
  )
  res.json({
    payment_providers: rows.map((relation: { payment_provider: unknown }) => relation.payment_provider),
    count: metadata.count,
    offset: metadata.skip,
    limit: metadata.take,
  })
}
