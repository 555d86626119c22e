import { model } from "@medusajs/framework/utils"

/**
 * A trained price model. Every training run is kept; one version at most is ACTIVE (answers predictions). A new
 * version is promoted only when it beats the active one (and the baseline) on the same time-ordered holdout.
 */
const PricingModelVersion = model
  .define("pricing_model_version", {
    id: model.id({ prefix: "pmv" }).primaryKey(),
    /** The serialized model (JSON-safe; see src/modules/cake-pricing/gbrt). */
    model: model.json(),
    feature_names: model.array(),
    sample_count: model.number(),
    holdout_count: model.number(),
    holdout_mae: model.float(),
    holdout_mape: model.float(),
    /** The baseline's error on the same holdout, the bar a version must clear. */
    baseline_mae: model.float(),
    status: model.enum(["ACTIVE", "CANDIDATE", "RETIRED"]).default("CANDIDATE"),
    /** Why a version was or was not promoted, in words for staff. */
    decision: model.text(),
    trained_at: model.dateTime(),
    promoted_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status"], unique: true, where: "status = 'ACTIVE' AND deleted_at IS NULL" }, { on: ["trained_at"] }])

export default PricingModelVersion
