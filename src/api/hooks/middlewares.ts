import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Gateway callbacks: no publishable key, no session; each route checks the gateway's own credentials. */
export const hookMiddlewares: MiddlewareRoute[] = [
  // The Payme route reads its body itself (see raw-body.ts); Click's form-urlencoded bodies use Medusa's parser.
  { methods: ["POST"], matcher: "/hooks/payme", bodyParser: false },
]
