import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { databaseUrl, readEnv, sessionCookieOptions } from "./src/config/env"
import { planModules } from "./src/config/modules"
import { reportBootPlan } from "./src/config/boot-report"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readEnv()
const plan = planModules(env)
reportBootPlan(plan.report)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: databaseUrl(env),
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    cookieOptions: sessionCookieOptions(env),
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
      authMethodsPerActor: plan.authMethodsPerActor,
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN,
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  featureFlags: plan.featureFlags,
  modules: plan.modules,
})
