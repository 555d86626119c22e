import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { type KitchenTicket, kitchenKeys } from "./api"
import { type KitchenBoard, placeTicket } from "./board-state"

const STREAM_PATH = "/admin/production/stream"

/**
 * Follows the ticket stream and moves each changed ticket on the board. EventSource reconnects by itself (sending
 * the last event id); after a reconnect the board is read again anyway, in case the server lost track. Answers
 * whether the stream is connected.
 */
export function useTicketStream(): boolean {
  const queryClient = useQueryClient()
  const [live, setLive] = useState(false)

  useEffect(() => {
    // same origin as the dashboard, so the session cookie goes along
    const source = new EventSource(STREAM_PATH)
    let reconnecting = false
    source.addEventListener("open", () => {
      setLive(true)
      if (reconnecting) queryClient.invalidateQueries({ queryKey: ["kitchen"] })
      reconnecting = true
    })
    source.addEventListener("error", () => setLive(false))
    source.addEventListener("ticket", (event) => {
      const ticket = JSON.parse((event as MessageEvent<string>).data) as KitchenTicket
      queryClient.setQueryData<KitchenBoard>(kitchenKeys.board, (board) => board && placeTicket(board, ticket))
      queryClient.invalidateQueries({ queryKey: kitchenKeys.kpis })
    })
    return () => source.close()
  }, [queryClient])

  return live
}
