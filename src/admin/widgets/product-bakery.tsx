import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Label, Select, Text, toast } from "@medusajs/ui"
import { useBakeries, useProductBakery, useSetProductBakery } from "../hooks/bakeries"

// Radix Select cannot hold an empty value, so "sold by the store" has its own.
const STORE = "store"
// A select, not a search: Dasturxon has tens of bakeries, and the admin API pages at most 100.
const BAKERY_LIMIT = 100

const ProductBakeryWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const current = useProductBakery(product.id)
  const bakeries = useBakeries({ limit: BAKERY_LIMIT, offset: 0 })
  const setBakery = useSetProductBakery(product.id)

  const change = (value: string) =>
    setBakery.mutateAsync(value === STORE ? null : value).then(
      ({ bakery }) => toast.success(bakery ? `Now sold by ${bakery.name}` : "Now sold by the store"),
      (error: Error) => toast.error(error.message)
    )

  const bakery = current.data?.bakery
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Bakery</Heading>
      <Label htmlFor="product-bakery" size="small" className="text-ui-fg-subtle">
        Who sells this product
      </Label>
      <Select
        value={current.isPending ? undefined : bakery?.id ?? STORE}
        onValueChange={change}
        disabled={current.isPending || bakeries.isPending || setBakery.isPending}
        size="small"
      >
        <Select.Trigger id="product-bakery">
          <Select.Value placeholder="Loading…" />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={STORE}>The store itself</Select.Item>
          {bakeries.data?.bakeries.map((option) => (
            <Select.Item key={option.id} value={option.id}>
              {option.status === "suspended" ? `${option.name} (suspended)` : option.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {bakery?.status === "suspended" && (
        <Text size="small" className="text-ui-fg-error">
          This bakery is suspended: the product is hidden from the store.
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side" })

export default ProductBakeryWidget
