import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { assertTransition } from "../../../lib/status-transitions"
import { APPLICATION_TRANSITIONS, type ApplicationStatus } from "../../../modules/bakery/transitions"
import type { NewBakeryDetails } from "./create-baker-application"


export type ApplicationForDecision = {
  id: string
  status: ApplicationStatus
  applicant_name: string
  email: string
  phone: string
  telegram_user_id: string | null
  new_bakery: NewBakeryDetails | null
  bakery_id: string | null
  decided_by: string | null
  decided_at: Date | null
  rejection_reason: string | null
}

export async function loadApplication(bakeryModule: BakeryModuleService, id: string): Promise<ApplicationForDecision> {
  const [application] = await bakeryModule.listBakerApplications(
    { id },
    {
      select: [
        "id",
        "status",
        "applicant_name",
        "email",
        "phone",
        "telegram_user_id",
        "new_bakery",
        "bakery_id",
        "decided_by",
        "decided_at",
        "rejection_reason",
      ],
    }
  )
  if (!application) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Baker application ${id} does not exist; check the id.`)
  }
  return application as unknown as ApplicationForDecision
}

/**
 * Reads the application and refuses a decision its status does not allow, before anything is created for it.
 * Runs under the application's lock, so a second decision sees the first one's outcome.
 */
export const loadApplicationForDecisionStep = createStep(
  "load-application-for-decision",
  async ({ id, to_status }: { id: string; to_status: ApplicationStatus }, { container }) => {
    const application = await loadApplication(container.resolve<BakeryModuleService>(BAKERY_MODULE), id)
    assertTransition(APPLICATION_TRANSITIONS, "application", application.status, to_status)
    return new StepResponse(application)
  }
)
