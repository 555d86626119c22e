/** Every workflow that changes a request's status holds this key, so of two concurrent changes one wins cleanly. */
export const customCakeLockKey = (requestId: string) => `custom-cake:${requestId}`

/** Long enough to wait for an approval (cart and payment collection) to finish; lapses after a crash. */
export const CUSTOM_CAKE_LOCK = { timeout: 15, ttl: 60 }
