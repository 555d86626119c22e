/** Bump when the demo data changes: `npm start` re-runs the (idempotent) seed when the store's marker differs. */
export const SEED_VERSION = 4
