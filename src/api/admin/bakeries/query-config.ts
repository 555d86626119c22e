import { BAKERY_FIELDS } from "../../../modules/bakery/fields"

export const listBakeriesQueryConfig = { defaults: BAKERY_FIELDS, isList: true }

/** One bakery also shows who works for it. */
export const ADMIN_BAKERY_DETAIL_FIELDS = [
  ...BAKERY_FIELDS,
  "bakers.id",
  "bakers.name",
  "bakers.email",
  "bakers.phone",
  "bakers.role",
  "bakers.created_at",
]
