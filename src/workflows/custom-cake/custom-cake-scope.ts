import { MedusaError } from "@medusajs/framework/utils"

/** Who is asking: a customer sees only their own requests, a baker only their bakery's; staff see all. */
export type CustomCakeScope = { customer_id?: string; bakery_id?: string }

type Scoped = { id: string; customer_id: string; bakery_id: string | null }

/** A request outside the asker's scope answers like a missing one, so ids of others' requests reveal nothing. */
export function assertInScope<T extends Scoped>(request: T | undefined, id: string, scope: CustomCakeScope = {}): T {
  const visible =
    request &&
    (scope.customer_id === undefined || request.customer_id === scope.customer_id) &&
    (scope.bakery_id === undefined || request.bakery_id === scope.bakery_id)
  if (!visible) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Custom cake request with id: ${id} was not found`)
  return request
}
