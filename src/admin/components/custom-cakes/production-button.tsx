import { Button, toast, usePrompt } from "@medusajs/ui"
import { type AdminCustomCake, useAdvanceCustomCakeProduction } from "../../hooks/custom-cakes"
import { type ProductionStep, statusLabel } from "./status"

/** Moves a paid cake one production step on, after a confirmation: the steps cannot be undone. */
export const ProductionButton = ({ cake, step }: { cake: AdminCustomCake; step: ProductionStep }) => {
  const prompt = usePrompt()
  const { mutateAsync, isPending } = useAdvanceCustomCakeProduction(cake.id)

  const confirmStep = async () => {
    const confirmed = await prompt({
      title: `${step.label}?`,
      description: `#${cake.display_id} becomes "${statusLabel(step.to)}". This cannot be undone.`,
      confirmText: step.label,
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    await mutateAsync({ status: step.to }).then(
      () => toast.success(`#${cake.display_id} is ${statusLabel(step.to).toLowerCase()}`),
      (error: Error) => toast.error(error.message)
    )
  }

  return (
    <Button size="small" onClick={confirmStep} isLoading={isPending}>
      {step.label}
    </Button>
  )
}
