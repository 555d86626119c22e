import { model } from "@medusajs/framework/utils"
import Baker from "./baker"
import BakerApplication from "./baker-application"
import BakeryReview from "./bakery-review"

const Bakery = model
  .define("bakery", {
    id: model.id({ prefix: "bkry" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    phone: model.text().nullable(),
    address: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    /** IANA zone the opening hours are written in. */
    timezone: model.text().default("Asia/Tashkent"),
    /** OpeningHours (see ../opening-hours.ts): one entry per open interval, weekday 1 = Monday … 7 = Sunday. */
    opening_hours: model.json().nullable(),
    status: model.enum(["active", "suspended"]).default("active"),
    suspension_reason: model.text().nullable(),
    rating_average: model.float().default(0),
    rating_count: model.number().default(0),
    logo_url: model.text().nullable(),
    /** VAT in percent (e.g. 12) included in the bakery's prices; null when it charges no VAT. Receipts show it. */
    vat_rate: model.float().nullable(),
    bakers: model.hasMany(() => Baker, { mappedBy: "bakery" }),
    reviews: model.hasMany(() => BakeryReview, { mappedBy: "bakery" }),
    applications: model.hasMany(() => BakerApplication, { mappedBy: "bakery" }),
  })
  .checks([
    { name: "bakery_rating_count_non_negative", expression: (columns) => `${columns.rating_count} >= 0` },
    {
      name: "bakery_rating_average_range",
      expression: (columns) => `${columns.rating_average} >= 0 and ${columns.rating_average} <= 5`,
    },
  ])

export default Bakery
