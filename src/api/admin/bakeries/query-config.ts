import { BAKERY_FIELDS } from "../../../modules/bakery/fields"

/** The bakery as staff see it; rating and status are read-only here (reviews and suspend/reactivate change them). */
export const ADMIN_BAKERY_FIELDS = BAKERY_FIELDS

export const listBakeriesQueryConfig = { defaults: ADMIN_BAKERY_FIELDS, isList: true }

/** One bakery also shows who works for it. */
export const ADMIN_BAKERY_DETAIL_FIELDS = [
  ...ADMIN_BAKERY_FIELDS,
  "bakers.id",
  "bakers.name",
  "bakers.email",
  "bakers.phone",
  "bakers.role",
  "bakers.created_at",
]
