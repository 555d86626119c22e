import { acquireLockStep, createCustomersWorkflow, releaseLockStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findTelegramUserStep } from "./steps/find-telegram-user"
import { createTelegramLoginStep, findTelegramLoginStep } from "./steps/link-telegram-login"
import { saveTelegramUserStep } from "./steps/save-telegram-user"

export type EnsureTelegramUserInput = {
  telegram_id: string
  chat_id: string
  first_name: string
  last_name?: string | null
  username?: string | null
}

/**
 * The shop's record of whoever writes to the bot: on first contact a Medusa customer is created for them (one per
 * Telegram user, under a lock so two first messages make one), or the one their Mini App login already has; a
 * Telegram login is kept for that customer, so the Mini App storefront acts as the same customer. Later their names
 * follow what Telegram says, and a user who had blocked the bot is reachable again.
 */
export const ensureTelegramUserWorkflow = createWorkflow("ensure-telegram-user", (input: EnsureTelegramUserInput) => {
  const lockKey = transform({ input }, ({ input }) => `telegram-user:${input.telegram_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const existing = findTelegramUserStep({ telegram_id: input.telegram_id })
  const login = findTelegramLoginStep({ telegram_id: input.telegram_id })
  const known = transform({ existing, login }, ({ existing, login }) => existing?.customer_id ?? login.customer_id)
  const customers = when("new-telegram-customer", { known }, ({ known }) => !known).then(() =>
    createCustomersWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        customersData: [{ first_name: input.first_name, last_name: input.last_name ?? null, metadata: { telegram_id: input.telegram_id } }],
      })),
    })
  )
  const customerId = transform({ known, customers }, ({ known, customers }) => known ?? customers![0].id)
  when("new-telegram-login", { login }, ({ login }) => !login.auth_identity_id).then(() =>
    createTelegramLoginStep(transform({ input, customerId }, ({ input, customerId }) => ({ telegram_id: input.telegram_id, customer_id: customerId, first_name: input.first_name })))
  )
  when("link-telegram-login", { login }, ({ login }) => !!login.auth_identity_id && !login.customer_id).then(() =>
    setAuthAppMetadataStep(
      transform({ login, customerId }, ({ login, customerId }) => ({ authIdentityId: login.auth_identity_id!, actorType: "customer", value: customerId }))
    )
  )
  const user = saveTelegramUserStep(
    transform({ input, existing, customerId }, ({ input, existing, customerId }) => ({
      id: existing?.id,
      telegram_id: input.telegram_id,
      chat_id: input.chat_id,
      customer_id: customerId,
      first_name: input.first_name,
      last_name: input.last_name ?? null,
      username: input.username ?? null,
      blocked_at: null,
    }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(user)
})
