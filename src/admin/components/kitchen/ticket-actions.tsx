import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { ReasonPrompt } from "../reason-prompt"
import { type KitchenTicket, type TicketStatus, useMoveTicket } from "./api"
import { actionLabel, statusLabel } from "./statuses"

/** A button per status the ticket may go to next; cancelling asks for the reason the customer is told. */
export const TicketActions = ({ ticket }: { ticket: KitchenTicket }) => {
  const [cancelling, setCancelling] = useState(false)
  const { mutateAsync, isPending } = useMoveTicket(ticket.id)

  const move = (to: TicketStatus, reason?: string) =>
    mutateAsync({ to, reason }).then(
      () => toast.success(`#${ticket.display_id} is ${statusLabel(to).toLowerCase()}`),
      (error: Error) => {
        toast.error(error.message)
        throw error
      }
    )

  if (!ticket.next_statuses.length) return null
  return (
    <div className="flex flex-wrap gap-2">
      {ticket.next_statuses.map((to) =>
        to === "CANCELLED" ? (
          <Button key={to} size="small" variant="secondary" onClick={() => setCancelling(true)} disabled={isPending}>
            {actionLabel(to)}
          </Button>
        ) : (
          <Button key={to} size="small" onClick={() => move(to).catch(() => undefined)} isLoading={isPending}>
            {actionLabel(to)}
          </Button>
        )
      )}
      <ReasonPrompt
        open={cancelling}
        onOpenChange={setCancelling}
        title={`Cancel #${ticket.display_id}?`}
        description="The customer is told the reason."
        confirmText="Cancel order"
        isPending={isPending}
        onConfirm={(reason) => move("CANCELLED", reason)}
      />
    </div>
  )
}
