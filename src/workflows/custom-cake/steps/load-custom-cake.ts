import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertTransition } from "../../../lib/status-transitions"
import { CUSTOM_CAKE_MODULE } from "../../../modules/custom-cake"
import type CustomCakeModuleService from "../../../modules/custom-cake/service"
import { CUSTOM_CAKE_TRANSITIONS, type CustomCakeStatus } from "../../../modules/custom-cake/transitions"
import { assertInScope, type CustomCakeScope } from "../custom-cake-scope"

/** The request, when the asker may see it and it may become `to`: checked before anything else is created for it. */
export const loadCustomCakeForChangeStep = createStep(
  "load-custom-cake-for-change",
  async (input: { id: string; to: CustomCakeStatus; scope?: CustomCakeScope }, { container }) => {
    const [found] = await container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).listCustomCakeRequests({ id: input.id })
    const request = assertInScope(found, input.id, input.scope)
    assertTransition(CUSTOM_CAKE_TRANSITIONS, "custom cake request", request.status as CustomCakeStatus, input.to)
    return new StepResponse(request)
  }
)
