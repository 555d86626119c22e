import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { seedDemoStore } from "./seed/index"
import { ensureAdminUser } from "./bootstrap/ensure-admin-user"

/**
 * First-run setup used by `npm start`: the demo store (idempotent) and the admin user from ADMIN_EMAIL and
 * ADMIN_PASSWORD. Safe to run any number of times.
 */
export default async function bootstrap({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = readEnv()
  const summary = await seedDemoStore(container, { slots: true })
  logger.info(`seed: ${summary.createdSomething ? "created the missing demo data" : "nothing to do, already seeded"}`)
  const created = await ensureAdminUser(container, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD })
  logger.info(`admin user ${env.ADMIN_EMAIL}: ${created ? "created" : "already exists"}`)
}
