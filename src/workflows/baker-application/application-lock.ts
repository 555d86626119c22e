/** Every workflow that changes an application's status holds this key, so only one decision wins. */
export const bakerApplicationLockKey = (applicationId: string) => `baker-application:${applicationId}`

/** Long enough to wait for a concurrent decision to finish; a lock left by a crashed process lapses after its ttl. */
export const BAKER_APPLICATION_LOCK = { timeout: 10, ttl: 30 }
