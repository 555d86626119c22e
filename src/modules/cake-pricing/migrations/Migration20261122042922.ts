import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122042922 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pricing_model_version" drop constraint if exists "pricing_model_version_status_unique";`);
    this.addSql(`alter table if exists "ingredient" drop constraint if exists "ingredient_name_unique";`);
    this.addSql(`create table if not exists "ingredient" ("id" text not null, "name" text not null, "unit" text check ("unit" in ('kg', 'g', 'l', 'ml', 'pcs')) not null, "cost_per_unit" integer not null, "allergens" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ingredient_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ingredient_deleted_at" ON "ingredient" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ingredient_name_unique" ON "ingredient" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "price_prediction" ("id" text not null, "features" jsonb not null, "vector" jsonb not null, "predicted_price" integer not null, "model_version_id" text null, "source" text check ("source" in ('model', 'baseline')) not null, "context" text not null, "product_variant_id" text null, "servings_party" integer not null, "servings_wedding" integer not null, "final_price" integer null, "difference" integer null, "finalized_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "price_prediction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_prediction_deleted_at" ON "price_prediction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_prediction_product_variant_id" ON "price_prediction" ("product_variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_prediction_created_at" ON "price_prediction" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_prediction_finalized_at" ON "price_prediction" ("finalized_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pricing_model_version" ("id" text not null, "model" jsonb not null, "feature_names" text[] not null, "sample_count" integer not null, "holdout_count" integer not null, "holdout_mae" real not null, "holdout_mape" real not null, "baseline_mae" real not null, "status" text check ("status" in ('ACTIVE', 'CANDIDATE', 'RETIRED')) not null default 'CANDIDATE', "decision" text not null, "trained_at" timestamptz not null, "promoted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pricing_model_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pricing_model_version_deleted_at" ON "pricing_model_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pricing_model_version_status_unique" ON "pricing_model_version" ("status") WHERE status = 'ACTIVE' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pricing_model_version_trained_at" ON "pricing_model_version" ("trained_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ingredient" cascade;`);

    this.addSql(`drop table if exists "price_prediction" cascade;`);

    this.addSql(`drop table if exists "pricing_model_version" cascade;`);
  }

}
