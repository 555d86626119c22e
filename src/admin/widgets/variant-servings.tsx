import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useSetVariantServings, useVariantServings } from "../hooks/pricing"

const VariantServingsWidget = ({ data: variant }: DetailWidgetProps<HttpTypes.AdminProductVariant>) => {
  const { data, error: loadError } = useVariantServings(variant.id)
  const save = useSetVariantServings(variant.id)
  const [typed, setTyped] = useState("")
  useEffect(() => setTyped(data?.override ? String(data.override) : ""), [data?.override])

  const submit = (servings: number | null) =>
    save.mutate(servings, { onSuccess: (view) => toast.success(`Customers now see ${view.servings ?? "no"} servings`) })
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    submit(typed.trim() ? Number(typed) : null)
  }

  const estimate = data?.estimate
  const error = loadError?.message ?? save.error?.message
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">Servings</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {estimate
            ? `Estimated from the size in metadata: ${estimate.party} party or ${estimate.wedding} wedding slices.`
            : "No cake size in this variant's metadata (diameter_cm and height_cm), so there is no estimate."}
        </Text>
        <Text size="small">
          Customers see: {data?.servings ?? "—"} {data?.override ? "(the shop's number)" : data?.servings ? "(estimate)" : ""}
        </Text>
      </div>
      <form onSubmit={onSubmit} className="flex items-end gap-x-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="variant-servings" size="small">
            Shop's number of servings
          </Label>
          <Input
            id="variant-servings"
            type="number"
            min={1}
            max={1000}
            step={1}
            size="small"
            value={typed}
            placeholder={estimate ? String(estimate.party) : ""}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <Button size="small" type="submit" isLoading={save.isPending}>
          Save
        </Button>
        {data?.override ? (
          <Button size="small" variant="secondary" type="button" onClick={() => submit(null)} disabled={save.isPending}>
            Use estimate
          </Button>
        ) : null}
      </form>
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-2" role="alert">
          {error}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product_variant.details.after" })

export default VariantServingsWidget
