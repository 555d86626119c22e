import { model } from "@medusajs/framework/utils"

/**
 * Every suggestion given, with what it was based on, and later the price staff actually set: the predicted-vs-final
 * log that accuracy reports and retraining read.
 */
const PricePrediction = model
  .define("price_prediction", {
    id: model.id({ prefix: "ppred" }).primaryKey(),
    features: model.json(),
    /** The feature vector the model saw (ingredient prices of that day included), which retraining learns from. */
    vector: model.json(),
    predicted_price: model.number(),
    /** The model version that answered; null when the baseline did. */
    model_version_id: model.text().nullable(),
    source: model.enum(["model", "baseline"]),
    /** Where the suggestion was asked for: admin, custom_cake, variant. */
    context: model.text(),
    product_variant_id: model.text().nullable(),
    /** The variant's UZS price when the suggestion was asked: a later save by hand counts only if it changed it. */
    variant_price_before: model.number().nullable(),
    servings_party: model.number(),
    servings_wedding: model.number(),
    final_price: model.number().nullable(),
    /** final − predicted, in UZS: positive when the suggestion was too low. */
    difference: model.number().nullable(),
    finalized_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["product_variant_id"] }, { on: ["created_at"] }, { on: ["finalized_at"] }])

export default PricePrediction
