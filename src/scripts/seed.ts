import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEED_COUNT_KEYS } from "./seed/context"
import { seedDemoStore } from "./seed/index"

/** `npx medusa exec ./src/scripts/seed.ts`: seeds the Dasturxon demo store; safe to run again. */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const startedAt = Date.now()
  const summary = await seedDemoStore(container, { slots: true })

  const counts = SEED_COUNT_KEYS.filter((key) => key !== "storeSettings")
    .map((key) => `${key} ${summary[key]}${summary.created[key] ? ` (+${summary.created[key]})` : ""}`)
    .join(", ")
  const outcome = summary.createdSomething ? "seeded" : "already seeded, nothing to do"
  logger.info(`Dasturxon demo store ${outcome} in ${Date.now() - startedAt} ms (seed version ${summary.seedVersion}): ${counts}`)
  for (const [title, token] of Object.entries(summary.publishableKeyTokens)) {
    logger.info(`Publishable key "${title}": ${token}`)
  }
}
