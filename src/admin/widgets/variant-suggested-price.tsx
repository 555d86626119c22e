import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { type CakeForm, DEFAULT_CAKE_FORM, predictRequestOf } from "../components/pricing/cake-form"
import { CakeFormFields } from "../components/pricing/cake-form-fields"
import { formatUzs } from "../components/pricing/format"
import { PredictionTable } from "../components/pricing/prediction-table"
import { useApplyPrediction, usePredictPrice } from "../hooks/pricing"

const VariantSuggestedPriceWidget = ({ data: variant }: DetailWidgetProps<HttpTypes.AdminProductVariant>) => {
  const [form, setForm] = useState<CakeForm>(DEFAULT_CAKE_FORM)
  const [formError, setFormError] = useState<string | null>(null)
  const [appliedId, setAppliedId] = useState<string | null>(null)
  const predict = usePredictPrice()
  const apply = useApplyPrediction()

  const suggest = (event: FormEvent) => {
    event.preventDefault()
    try {
      const request = predictRequestOf(form, variant.id)
      setFormError(null)
      setAppliedId(null)
      apply.reset()
      predict.mutate(request)
    } catch (error) {
      setFormError((error as Error).message)
    }
  }

  const applyPrediction = (predictionId: string) =>
    apply.mutate(predictionId, {
      onSuccess: ({ prediction }) => {
        setAppliedId(prediction.id)
        toast.success(`Price set to ${formatUzs(prediction.final_price)}`)
      },
    })

  const error = formError ?? predict.error?.message ?? apply.error?.message
  const predictions = predict.data?.predictions ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">Suggested price</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Describe the cake to get a price per size; Apply sets this variant's UZS price.
        </Text>
      </div>
      <form onSubmit={suggest} className="flex flex-col gap-y-4 px-6 py-4">
        <CakeFormFields form={form} onChange={setForm} />
        <div className="flex items-center justify-between gap-x-4">
          <Text size="small" className="text-ui-fg-error" role="alert">
            {error}
          </Text>
          <Button size="small" type="submit" isLoading={predict.isPending}>
            Suggest
          </Button>
        </div>
      </form>
      {predictions.length > 0 && (
        <PredictionTable
          predictions={predictions}
          appliedId={appliedId}
          applyingId={apply.isPending ? apply.variables : undefined}
          onApply={applyPrediction}
        />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product_variant.details.after" })

export default VariantSuggestedPriceWidget
