import type { ApplicationStatusChange } from "../lib/types"
import { StatusHistory } from "./status-history"

const ACTORS: Record<ApplicationStatusChange["actor_type"], string> = { applicant: "Applicant", user: "Staff", system: "System" }

const capitalized = (status: string) => status.charAt(0).toUpperCase() + status.slice(1)

export const ApplicationHistory = ({ history }: { history: ApplicationStatusChange[] }) => (
  <StatusHistory history={history} actorLabels={ACTORS} statusLabel={capitalized} />
)
