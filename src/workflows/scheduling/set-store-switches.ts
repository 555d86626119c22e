import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { StoreSwitchesSchema, type StoreSwitches } from "../../modules/scheduling/switches"

type Before = { key: string; id: string | null; value: unknown }[]

const setStoreSwitchesStep = createStep(
  "set-store-switches",
  async (changes: Partial<StoreSwitches>, { container }) => {
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    const valid = StoreSwitchesSchema.partial().parse(changes)
    const rows = await scheduling.listStoreSwitches({ key: Object.keys(valid) })
    const before: Before = []
    for (const [key, value] of Object.entries(valid)) {
      const row = rows.find((candidate) => candidate.key === key)
      before.push({ key, id: row?.id ?? null, value: row ? (row.value as { value: unknown }).value : undefined })
      if (row) await scheduling.updateStoreSwitches({ id: row.id, value: { value } })
      else await scheduling.createStoreSwitches({ key, value: { value } })
    }
    return new StepResponse(await scheduling.readStoreSwitches(), before)
  },
  async (before, { container }) => {
    if (!before) return
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    for (const { key, id, value } of before) {
      if (id) await scheduling.updateStoreSwitches({ id, value: { value } })
      else await scheduling.deleteStoreSwitches((await scheduling.listStoreSwitches({ key })).map((row) => row.id))
    }
  }
)

/** Staff change the store's run-time switches; the next request reads them (no restart). Answers all switches. */
export const setStoreSwitchesWorkflow = createWorkflow("set-store-switches", (input: Partial<StoreSwitches>) => {
  return new WorkflowResponse(setStoreSwitchesStep(input))
})
