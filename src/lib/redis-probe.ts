import Redis from "ioredis"

let client: Redis | undefined

/** A PING on one lazily opened connection that fails fast instead of queueing while Redis is away. */
export function pingRedis(redisUrl: string): Promise<string> {
  if (client) return pingOpen(client)
  client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  })
  // A failed ping already reports Redis as down; without a listener ioredis would also log every failure.
  client.on("error", () => undefined)
  return pingOpen(client)
}

function pingOpen(redis: Redis): Promise<string> {
  if (redis.status === "end" || redis.status === "wait") return redis.connect().then(() => redis.ping())
  return redis.ping()
}
