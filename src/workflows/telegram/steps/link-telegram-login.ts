import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

const PROVIDER = "telegram"

/**
 * The customer a Telegram user already has through a Mini App login (its auth identity's customer_id), so the bot
 * and the web storefront inside Telegram are one customer whichever the user opened first.
 */
export const findTelegramLoginStep = createStep("find-telegram-login", async (input: { telegram_id: string }, { container }) => {
  const [identity] = await container.resolve(Modules.AUTH).listProviderIdentities({ provider: PROVIDER, entity_id: input.telegram_id }, { relations: ["auth_identity"] })
  const appMetadata = (identity?.auth_identity?.app_metadata ?? {}) as Record<string, unknown>
  return new StepResponse({
    auth_identity_id: identity?.auth_identity_id ?? null,
    customer_id: typeof appMetadata.customer_id === "string" ? appMetadata.customer_id : null,
  })
})

/** A Telegram login for the bot's customer, so a later Mini App login gets a token of that same customer. */
export const createTelegramLoginStep = createStep(
  "create-telegram-login",
  async (input: { telegram_id: string; customer_id: string; first_name: string }, { container }) => {
    const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
      provider_identities: [{ provider: PROVIDER, entity_id: input.telegram_id, user_metadata: { first_name: input.first_name } }],
      app_metadata: { customer_id: input.customer_id },
    })
    return new StepResponse(identity.id, identity.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  }
)
