import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitBakerApplicationWorkflow } from "../../../workflows/baker-application/submit-baker-application"
import type { StoreSubmitBakerApplicationType } from "./validators"

/** Anyone may apply, without an account; the answer carries the only copy of the withdraw token. */
export const POST = async (req: MedusaRequest<StoreSubmitBakerApplicationType>, res: MedusaResponse) => {
  const { result } = await submitBakerApplicationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json(result)
}
