import { model } from "@medusajs/framework/utils"
import { CUSTOM_CAKE_STATUSES } from "../transitions"
import CustomCakeImage from "./custom-cake-image"
import CustomCakeStatusChange from "./custom-cake-status-change"

/**
 * A cake a customer described and asked the shop to make: what they want, what the pricing model suggested, what
 * staff decided, and the cart and order it became. Customer, bakery, region, cart and order are other modules' ids,
 * reached through read-only links.
 */
const CustomCakeRequest = model
  .define("custom_cake_request", {
    id: model.id({ prefix: "ccake" }).primaryKey(),
    /** Shown to people as #N. */
    display_id: model.autoincrement(),
    status: model.enum([...CUSTOM_CAKE_STATUSES]).default("PENDING_REVIEW"),
    customer_id: model.text(),
    /** Null: the store itself makes it. */
    bakery_id: model.text().nullable(),
    region_id: model.text(),
    sales_channel_id: model.text(),
    currency_code: model.text(),
    /** The customer's language for messages: ru, uz or en. */
    locale: model.text().default("ru"),
    /** The pricing module's cake features (shape, tiers, flavor, filling, decoration, ...). */
    features: model.json(),
    colors: model.array(),
    cake_message: model.text().nullable(),
    wanted_at: model.dateTime(),
    fulfillment: model.enum(["PICKUP", "DELIVERY"]),
    delivery_address: model.json().nullable(),
    servings_wanted: model.number().nullable(),
    notes: model.text().nullable(),
    /** The pricing module's suggestion, in UZS, and the log row it was recorded as. */
    predicted_price: model.bigNumber(),
    predicted_servings_party: model.number(),
    predicted_servings_wedding: model.number(),
    prediction_id: model.text(),
    prediction_source: model.enum(["model", "baseline"]),
    model_version_id: model.text().nullable(),
    /** Staff's decision, in the request's currency. */
    final_price: model.bigNumber().nullable(),
    final_servings: model.number().nullable(),
    staff_note: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    /**
     * The approval's payment links: a random token (the links carry it; cleared when the request leaves
     * APPROVED_AWAITING_PAYMENT), the providers offered, and when the links lapse.
     */
    payment_link_token: model.text().nullable(),
    payment_provider_ids: model.array(),
    payment_expires_at: model.dateTime().nullable(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    images: model.hasMany(() => CustomCakeImage, { mappedBy: "request" }),
    history: model.hasMany(() => CustomCakeStatusChange, { mappedBy: "request" }),
  })
  .cascades({ delete: ["history"] })
  .indexes([
    { on: ["status", "created_at"] },
    { on: ["customer_id", "created_at"] },
    { on: ["bakery_id", "status"] },
    { on: ["wanted_at"] },
    { on: ["cart_id"], unique: true, where: "cart_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["payment_link_token"], unique: true, where: "payment_link_token IS NOT NULL" },
    { on: ["payment_expires_at"], where: "status = 'APPROVED_AWAITING_PAYMENT'" },
  ])

export default CustomCakeRequest
