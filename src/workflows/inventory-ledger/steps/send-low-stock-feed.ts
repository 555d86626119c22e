import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliverOnce } from "../../alerts/steps/deliver-once"
import type { LowStockAlert } from "./compose-low-stock-alert"

/** The alert in the admin's notification feed (Medusa's `feed` channel), once per crossing. Not compensated: it is a message. */
export const sendLowStockFeedStep = createStep("send-low-stock-feed", async (alert: LowStockAlert, { container }) => {
  const sent = await deliverOnce(container.resolve(Modules.NOTIFICATION), {
    to: "",
    channel: "feed",
    template: "admin-ui",
    data: alert.feed,
    trigger_type: "low-stock",
    idempotency_key: `${alert.idempotency_key}:feed`,
  })
  return new StepResponse(sent)
})
