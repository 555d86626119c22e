import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADMIN_BAKER_APPLICATION_DETAIL_FIELDS } from "./query-config"

type HistoryLine = { created_at: string | Date }

export async function refetchBakerApplication(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "baker_application", fields: ADMIN_BAKER_APPLICATION_DETAIL_FIELDS, filters: { id } })
  const [application] = data
  if (!application) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Baker application ${id} does not exist; check the id.`)
  }
  const history = [...((application.history ?? []) as HistoryLine[])].sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  return { ...application, history }
}
