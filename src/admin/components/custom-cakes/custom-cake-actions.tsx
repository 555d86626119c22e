import type { AdminCustomCake } from "../../hooks/custom-cakes"
import { ApproveDrawer } from "./approve-drawer"
import { ProductionButton } from "./production-button"
import { RejectPrompt } from "./reject-prompt"
import { actionsFor } from "./status"

/** The buttons the request's status allows; none once it is finished. */
export const CustomCakeActions = ({ cake }: { cake: AdminCustomCake }) => {
  const { review, production } = actionsFor(cake.status)
  if (!review && !production) return null
  return (
    <div className="flex items-center gap-x-2">
      {review && (
        <>
          <RejectPrompt cake={cake} />
          <ApproveDrawer cake={cake} />
        </>
      )}
      {production && <ProductionButton cake={cake} step={production} />}
    </div>
  )
}
