import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertTransition } from "../../../lib/status-transitions"
import { CUSTOM_CAKE_MODULE } from "../../../modules/custom-cake"
import type CustomCakeModuleService from "../../../modules/custom-cake/service"
import { CUSTOM_CAKE_TRANSITIONS, type CustomCakeActor, type CustomCakeStatus } from "../../../modules/custom-cake/transitions"
import { assertInScope, type CustomCakeScope } from "../custom-cake-scope"

export type SetCustomCakeStatusInput = {
  id: string
  to: CustomCakeStatus
  actor: CustomCakeActor
  note?: string | null
  scope?: CustomCakeScope
  /** Other fields the change sets (final price, links, order, ...). */
  changes?: Record<string, unknown>
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE)

/**
 * Moves a request to its next status, with the fields that change with it, and writes the history line. Run under
 * the request's lock: the status read here is the one changed. Undoing restores the fields and drops the line.
 */
export const setCustomCakeStatusStep = createStep(
  "set-custom-cake-status",
  async (input: SetCustomCakeStatusInput, { container }) => {
    const customCakes = service(container)
    const [found] = await customCakes.listCustomCakeRequests({ id: input.id })
    const before = assertInScope(found, input.id, input.scope)
    assertTransition(CUSTOM_CAKE_TRANSITIONS, "custom cake request", before.status as CustomCakeStatus, input.to)
    const changes = input.changes ?? {}
    const updated = await customCakes.updateCustomCakeRequests({ id: input.id, status: input.to, ...changes })
    const line = await customCakes.createCustomCakeStatusChanges({
      request_id: input.id,
      from_status: before.status,
      to_status: input.to,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      note: input.note?.trim() || null,
    })
    const restore = Object.fromEntries(Object.keys(changes).map((key) => [key, (before as Record<string, unknown>)[key]]))
    return new StepResponse(updated, { id: input.id, status: before.status, restore, line_id: line.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const customCakes = service(container)
    await customCakes.deleteCustomCakeStatusChanges(undo.line_id)
    await customCakes.updateCustomCakeRequests({ id: undo.id, status: undo.status, ...undo.restore })
  }
)
