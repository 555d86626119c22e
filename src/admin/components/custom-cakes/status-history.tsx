import type { CustomCakeStatusChange } from "../../hooks/custom-cakes"
import { StatusHistory } from "../status-history"
import { statusLabel } from "./status"

const ACTORS: Record<CustomCakeStatusChange["actor_type"], string> = { customer: "Customer", user: "Staff", baker: "Baker", system: "System" }

export const CustomCakeHistory = ({ history }: { history: CustomCakeStatusChange[] }) => (
  <StatusHistory history={history} actorLabels={ACTORS} statusLabel={statusLabel} />
)
