/** Every workflow that moves a gateway transaction of a payment session holds this key, so calls for it queue up. */
export const gatewaySessionLockKey = (paymentSessionId: string) => `gateway-session:${paymentSessionId}`

/** Completing a cart can take a few seconds under load; a lock left by a crashed process lapses after its ttl. */
export const GATEWAY_SESSION_LOCK = { timeout: 30, ttl: 120 }
