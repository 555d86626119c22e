import Medusa from "@medusajs/js-sdk"

// The admin is served by the same Medusa server it talks to, so requests go to its own origin with the
// dashboard's session cookie.
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
