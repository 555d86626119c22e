import type { MedusaContainer } from "@medusajs/framework/types"
import { STAFF_CHANNEL_MODULE } from "../../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../../modules/staff-channel/service"
import { ticketViews, type TicketView } from "../ticket-view"

/*
 * A change's created_at is taken when its transaction starts, so one that commits late can land behind changes already
 * sent. Each read therefore looks this far back again and skips the change ids it already sent.
 */
const LOOKBACK_MS = 5_000
const BATCH = 100

/** A ticket as it is after its latest change in the read; `id` (that change's time) is what a reconnect resumes from. */
export type TicketEvent = { id: string; ticket: TicketView }

/**
 * Reads the ticket changes written after `since` by any server process, each once, oldest first, and answers the
 * changed tickets. One reader per stream; each call reads what is new since the previous one.
 */
export function ticketChangeReader(container: MedusaContainer, since: Date) {
  const staffChannel = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
  let cursor = since.getTime()
  const sent = new Map<string, number>()

  return async function readNewChanges(): Promise<TicketEvent[]> {
    const floor = Math.max(since.getTime(), cursor - LOOKBACK_MS)
    const changes = await staffChannel.listTicketChanges(
      { created_at: { $gt: new Date(floor) }, ...(sent.size ? { id: { $nin: [...sent.keys()] } } : {}) },
      { select: ["id", "ticket_id", "created_at"], order: { created_at: "ASC", id: "ASC" }, take: BATCH }
    )
    const latestByTicket = new Map<string, number>()
    for (const change of changes) {
      const at = new Date(change.created_at).getTime()
      sent.set(change.id, at)
      cursor = Math.max(cursor, at)
      latestByTicket.set(change.ticket_id, at)
    }
    for (const [id, at] of sent) if (at <= cursor - LOOKBACK_MS) sent.delete(id)

    const tickets = await ticketViews(container, [...latestByTicket.keys()])
    return tickets
      .map((ticket) => ({ at: latestByTicket.get(ticket.id)!, ticket }))
      .sort((a, b) => a.at - b.at)
      .map(({ at, ticket }) => ({ id: new Date(at).toISOString(), ticket }))
  }
}
