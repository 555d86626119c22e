import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChefHat } from "@medusajs/icons"
import { useKitchenBoard } from "../../components/kitchen/api"
import { BoardColumn } from "../../components/kitchen/board-column"
import { columnsOf } from "../../components/kitchen/board-state"
import { FinishedTickets } from "../../components/kitchen/finished-tickets"
import { KpiFigures } from "../../components/kitchen/kpi-figures"
import { useTicketStream } from "../../components/kitchen/use-ticket-stream"

/** Paid orders by production status, moved from here or from the staff chats; changes arrive live. */
const KitchenPage = () => {
  const live = useTicketStream()
  const { data, error } = useKitchenBoard()
  if (error) throw error

  return (
    <div className="flex flex-col gap-y-3">
      <KpiFigures live={live} />
      {data ? (
        <>
          <div className="flex gap-x-3 overflow-x-auto">
            {columnsOf(data.active).map(({ status, tickets }) => (
              <BoardColumn key={status} status={status} tickets={tickets} />
            ))}
          </div>
          <FinishedTickets tickets={data.finished} />
        </>
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Kitchen board", icon: ChefHat, rank: 13 })

export const handle = { breadcrumb: () => "Kitchen board" }

export default KitchenPage
