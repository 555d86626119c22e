import type { ExecArgs } from "@medusajs/framework/types"
import { readEnv } from "../../src/config/env"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { submitBakerApplicationWorkflow } from "../../src/workflows/baker-application/submit-baker-application"
import { PENDING_APPLICATION } from "./fixtures"
import { createOrderWithPaymeTransaction } from "./gateway-order"
import { createEarlierOrder } from "./report-order"

/**
 * `medusa exec` before the browser layer: the demo store, the admin user (ADMIN_EMAIL/ADMIN_PASSWORD), one pending
 * application, an order paid with Payme, and an order two days back for the Reports page.
 */
export default async function setupBrowserTests({ container }: ExecArgs): Promise<void> {
  const env = readEnv()
  await seedDemoStore(container)
  await ensureAdminUser(container, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD })
  await submitBakerApplicationWorkflow(container).run({ input: PENDING_APPLICATION })
  await createOrderWithPaymeTransaction(container)
  await createEarlierOrder(container)
}
