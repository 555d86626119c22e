import { createStep, createWorkflow, StepResponse, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { StoreSwitchesSchema, type StoreSwitches } from "../../modules/scheduling/switches"
import { planCourierPricesStep } from "./steps/plan-courier-prices"

const STORE_SWITCHES_LOCK = "store-switches"

/** A switch row's whole JSON before the change (a row may carry more than `value`, e.g. the courier's own prices). */
type Before = ({ key: string; id: string; stored: Record<string, unknown> } | { key: string; id: null })[]

const setStoreSwitchesStep = createStep(
  "set-store-switches",
  async (changes: Partial<StoreSwitches>, { container }) => {
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    const valid = StoreSwitchesSchema.partial().parse(changes)
    const rows = await scheduling.listStoreSwitches({ key: Object.keys(valid) })
    const before: Before = []
    for (const [key, value] of Object.entries(valid)) {
      const row = rows.find((candidate) => candidate.key === key)
      if (row) {
        const stored = row.value as Record<string, unknown>
        before.push({ key, id: row.id, stored })
        await scheduling.replaceStoreSwitchValue(row.id, { ...stored, value })
      } else {
        before.push({ key, id: null })
        await scheduling.createStoreSwitches({ key, value: { value } })
      }
    }
    return new StepResponse(await scheduling.readStoreSwitches(), before)
  },
  async (before, { container }) => {
    if (!before) return
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    for (const entry of before) {
      if (entry.id) await scheduling.replaceStoreSwitchValue(entry.id, entry.stored)
      else await scheduling.deleteStoreSwitches((await scheduling.listStoreSwitches({ key: entry.key })).map((row) => row.id))
    }
  }
)

/**
 * Staff change the store's run-time switches; the next request reads them (no restart). A new `delivery_fee` also
 * reprices the courier shipping options through Medusa's own workflow, so carts listing options see it at once.
 * Answers all switches.
 */
export const setStoreSwitchesWorkflow = createWorkflow("set-store-switches", (input: Partial<StoreSwitches>) => {
  // One change at a time: two fee changes interleaved could remember a fee as the courier's own price.
  acquireLockStep({ key: STORE_SWITCHES_LOCK, timeout: 10, ttl: 30 })
  const switches = setStoreSwitchesStep(input)
  const courierPrices = planCourierPricesStep(input)
  when(courierPrices, (updates) => updates.length > 0).then(() => {
    updateShippingOptionsWorkflow.runAsStep({ input: courierPrices })
  })
  releaseLockStep({ key: STORE_SWITCHES_LOCK })
  return new WorkflowResponse(switches)
})
