import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"

export type ClosureInput = { seller_id: string; date: string; reason: string | null }

const addClosureStep = createStep(
  "add-closure",
  async (input: ClosureInput, { container }) => {
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    if ((await scheduling.listClosures({ seller_id: input.seller_id, date: input.date })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${input.date} is already closed for ${input.seller_id}.`, "CLOSURE_EXISTS")
    }
    const closure = await scheduling.createClosures(input)
    return new StepResponse(closure, closure.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).deleteClosures(id)
  }
)

const removeClosureStep = createStep(
  "remove-closure",
  async ({ id }: { id: string }, { container }) => {
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    await scheduling.retrieveClosure(id)
    await scheduling.softDeleteClosures(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).restoreClosures(id)
  }
)

/** A day off for a seller: its slots disappear from the Store API and cannot be booked. */
export const addClosureWorkflow = createWorkflow("add-closure", (input: ClosureInput) => new WorkflowResponse(addClosureStep(input)))

/** Opens a closed day again. */
export const removeClosureWorkflow = createWorkflow("remove-closure", (input: { id: string }) => new WorkflowResponse(removeClosureStep(input)))
