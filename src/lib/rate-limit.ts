import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { BakeryErrorCodes } from "../modules/bakery/error-codes"

export type RateLimit = {
  /** Names the counter; two limits with the same prefix share their counts. */
  keyPrefix: string
  points: number
  durationSeconds: number
}

/**
 * Counts in Redis when a client is given, so every server instance shares the counts; in memory otherwise. While
 * Redis is away the in-memory limiter stands in (per instance) rather than letting every request through or failing it.
 */
export function createRateLimiter(limit: RateLimit, redis?: Redis): RateLimiterAbstract {
  const options = { keyPrefix: limit.keyPrefix, points: limit.points, duration: limit.durationSeconds }
  const memory = new RateLimiterMemory(options)
  if (!redis) return memory
  return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
}

/** A connection for rate limits: it fails fast instead of queueing commands while Redis is away. */
export function openRateLimitRedis(redisUrl: string): Redis {
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0 })
  // The insurance limiter covers an outage; without a listener ioredis would log every reconnect attempt.
  redis.on("error", () => undefined)
  return redis
}

/** Spends one point of the client's IP per request; an exhausted IP gets 429 RATE_LIMITED and a Retry-After. */
export function limitPerIp(limiter: RateLimiterAbstract, message: string) {
  return async function rateLimitPerIp(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    try {
      await limiter.consume(req.ip ?? "unknown")
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection)
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
      res.setHeader("Retry-After", String(retryAfterSeconds))
      res.status(429).json({
        type: "too_many_requests",
        code: BakeryErrorCodes.RATE_LIMITED,
        message: `${message} Try again in ${describeWait(retryAfterSeconds)}.`,
      })
      return
    }
    next()
  }
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`
  return `${Math.ceil(seconds / 60)} minutes`
}
