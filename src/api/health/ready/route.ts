import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../../../config/env"
import { checkReadiness } from "../../../lib/readiness"
import { pingRedis } from "../../../lib/redis-probe"
import { version } from "../../../../package.json"

/** GET /health/ready: 200 when the database (and Redis, when configured) answer; 503 otherwise. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const redisUrl = readEnv().REDIS_URL
  const report = await checkReadiness({
    database: () => pg.raw("select 1"),
    redis: redisUrl ? () => pingRedis(redisUrl) : undefined,
    version,
  })
  res.setHeader("Cache-Control", "no-store")
  res.status(report.status === "ready" ? 200 : 503).json(report)
}
