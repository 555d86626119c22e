import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminTicketStreamQueryType } from "../validators"
import { ticketChangeReader, type TicketEvent } from "./ticket-change-reader"

const POLL_MS = 1_000
// Proxies and load balancers drop a connection that is silent for about a minute; a comment line keeps it open.
const HEARTBEAT_MS = 15_000
const RECONNECT_MS = 3_000
/** Our event ids are ISO moments; anything else in Last-Event-ID is ignored. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** Where a stream starts: after the last event the browser saw (EventSource sends it on reconnect), `?since=`, or now. */
function resumePoint(req: AuthenticatedMedusaRequest<unknown, AdminTicketStreamQueryType>): Date {
  const lastEventId = String(req.headers["last-event-id"] ?? "")
  if (ISO_MOMENT.test(lastEventId) && !Number.isNaN(Date.parse(lastEventId))) return new Date(lastEventId)
  return req.validatedQuery.since ?? new Date()
}

const eventText = ({ id, ticket }: TicketEvent) => `id: ${id}\nevent: ticket\ndata: ${JSON.stringify(ticket)}\n\n`

/** Medusa's graceful shutdown waits for busy sockets (without a deadline), so a stream ends when the server stops. */
const serverStopping = (req: AuthenticatedMedusaRequest) => Boolean((req.socket as { server?: { isShuttingDown?: boolean } }).server?.isShuttingDown)

/**
 * GET /admin/production/stream: Server-Sent Events, `event: ticket` with the ticket after each change, made by any
 * server process (it polls the ticket_change rows about once a second). Authenticated like every /admin route
 * (the dashboard's session cookie, which EventSource sends, or a bearer token).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminTicketStreamQueryType>, res: MedusaResponse) => {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const readNewChanges = ticketChangeReader(req.scope, resumePoint(req))
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    // no-transform keeps compression (when turned on) from holding events back; X-Accel-Buffering does so for nginx
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
  })
  res.write(`retry: ${RECONNECT_MS}\n\n`)

  let open = true
  let pollTimer: NodeJS.Timeout | undefined
  const heartbeat = setInterval(() => res.write(": heartbeat\n\n"), HEARTBEAT_MS)
  const close = () => {
    open = false
    clearInterval(heartbeat)
    clearTimeout(pollTimer)
  }
  // the response's close: the request's fires once its (empty) body is read on some Node versions
  res.on("close", close)

  const poll = async () => {
    if (serverStopping(req)) {
      close()
      res.end()
      return
    }
    try {
      for (const event of await readNewChanges()) if (open) res.write(eventText(event))
    } catch (error) {
      logger.warn(`Ticket stream: reading changes failed, retrying: ${(error as Error).message}`)
    }
    if (open) pollTimer = setTimeout(poll, POLL_MS)
  }
  await poll()
}
