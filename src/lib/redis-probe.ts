import Redis from "ioredis"

let client: Redis | undefined

/** A PING on one lazily opened connection that fails fast instead of queueing while Redis is away. */
export function pingRedis(redisUrl: string): Promise<string> {
  client ??= new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  })
  if (client.status === "end" || client.status === "wait") {
    return client.connect().then(() => client!.ping())
  }
  return client.ping()
}
