const ITEM_FIELDS = [
  "id",
  "title",
  "subtitle",
  "thumbnail",
  "product_id",
  "variant_id",
  "variant_title",
  "variant_sku",
  "quantity",
  "unit_price",
  "total",
]

export const BAKER_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "email",
  "currency_code",
  "created_at",
  "updated_at",
  "total",
  "subtotal",
  "shipping_total",
  "tax_total",
  ...ITEM_FIELDS.map((field) => `items.${field}`),
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.amount",
]

export const listBakerOrdersConfig = { defaults: BAKER_ORDER_FIELDS, isList: true }
