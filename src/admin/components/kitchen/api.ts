import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AcceptanceKpis } from "../../../api/admin/production/kpis"
import type { DeliveryProofView } from "../../../api/admin/production/ticket-view"
import type { TicketStatus } from "../../../modules/staff-channel/transitions"
import { sdk } from "../../lib/sdk"
import { BOARD_COLUMNS, FINISHED_SHOWN, FINISHED_STATUSES } from "./statuses"
import type { KitchenBoard } from "./board-state"

export type { TicketStatus }

/** A production ticket as /admin/production answers it (the stream sends the same shape). */
export type KitchenTicket = {
  id: string
  order_id: string
  display_id: number
  seller_id: string
  status: TicketStatus
  fulfillment: "PICKUP" | "DELIVERY"
  has_cake: boolean
  paid_at: string
  accepted_at: string | null
  seconds_to_accept: number | null
  accepted_by_name: string | null
  courier_name: string | null
  cancel_reason: string | null
  items: { title: string; variant_title: string | null; quantity: number }[]
  slot: { date: string; time: string | null } | null
  cake_message: string | null
  next_statuses: TicketStatus[]
  delivery_proofs: DeliveryProofView[]
}

export type { AcceptanceKpis }

type TicketPage = { production_tickets: KitchenTicket[]; count: number }

const ACTIVE_LIMIT = 200

export const kitchenKeys = {
  board: ["kitchen", "board"] as const,
  kpis: ["kitchen", "kpis"] as const,
}

const ticketPage = (statuses: readonly TicketStatus[], limit: number) =>
  sdk.client.fetch<TicketPage>("/admin/production/tickets", { query: { status: statuses.join(","), limit } })

/** Every open ticket, and the latest finished ones. */
export const useKitchenBoard = () =>
  useQuery({
    queryKey: kitchenKeys.board,
    queryFn: async (): Promise<KitchenBoard> => {
      const [active, finished] = await Promise.all([ticketPage(BOARD_COLUMNS, ACTIVE_LIMIT), ticketPage(FINISHED_STATUSES, FINISHED_SHOWN)])
      return { active: active.production_tickets, finished: finished.production_tickets }
    },
  })

/** The last 7 days (the API's default range). */
export const useKitchenKpis = () =>
  useQuery({
    queryKey: kitchenKeys.kpis,
    queryFn: () => sdk.client.fetch<{ overall: AcceptanceKpis }>("/admin/production/kpis"),
  })

export const useMoveTicket = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { to: TicketStatus; reason?: string }) =>
      sdk.client.fetch<{ production_ticket: KitchenTicket }>(`/admin/production/tickets/${id}/transitions`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["kitchen"] }),
  })
}
