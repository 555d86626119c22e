import { Label, Select } from "@medusajs/ui"
import { useBakeries } from "../hooks/bakeries"

/** The store sells as seller "store"; every other seller is a bakery. */
export const STORE_SELLER = "store"
const EVERY_SELLER = "all"
// a select, not a search: tens of bakeries, and the admin API pages at most 100
const BAKERY_LIMIT = 100

type Props = {
  id: string
  value: string | undefined
  onChange: (seller: string | undefined) => void
  /** Offers "Every seller" (undefined) before the store and the bakeries. */
  allowEvery?: boolean
}

/** A labelled choice of seller: the store itself or one of the bakeries (and, where allowed, every seller). */
export const SellerSelect = ({ id, value, onChange, allowEvery = false }: Props) => {
  const bakeries = useBakeries({ limit: BAKERY_LIMIT, offset: 0 })
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight="plus">
        Seller
      </Label>
      <Select size="small" value={value ?? EVERY_SELLER} onValueChange={(seller) => onChange(seller === EVERY_SELLER ? undefined : seller)}>
        <Select.Trigger id={id} className="w-56">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {allowEvery && <Select.Item value={EVERY_SELLER}>Every seller</Select.Item>}
          <Select.Item value={STORE_SELLER}>The store itself</Select.Item>
          {bakeries.data?.bakeries.map((bakery) => (
            <Select.Item key={bakery.id} value={bakery.id}>
              {bakery.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
