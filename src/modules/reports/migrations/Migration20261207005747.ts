import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207005747 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "daily_sales" drop constraint if exists "daily_sales_date_time_zone_seller_id_currency_code_sales_channel_payment_provider_unique";`);
    this.addSql(`alter table if exists "daily_product_sales" drop constraint if exists "daily_product_sales_date_time_zone_seller_id_currency_code_variant_id_unique";`);
    this.addSql(`create table if not exists "daily_product_sales" ("id" text not null, "date" text not null, "time_zone" text not null, "seller_id" text not null, "currency_code" text not null, "product_id" text not null, "variant_id" text not null, "product_title" text not null, "variant_title" text not null, "units" integer not null, "revenue" numeric not null, "raw_revenue" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "daily_product_sales_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_daily_product_sales_deleted_at" ON "daily_product_sales" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_daily_product_sales_date_time_zone_seller_id_currency_code_variant_id_unique" ON "daily_product_sales" ("date", "time_zone", "seller_id", "currency_code", "variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "daily_sales" ("id" text not null, "date" text not null, "time_zone" text not null, "seller_id" text not null, "currency_code" text not null, "sales_channel" text not null, "payment_provider" text not null, "orders" integer not null, "canceled_orders" integer not null, "gross" numeric not null, "discounts" numeric not null, "total" numeric not null, "refunds" numeric not null, "net" numeric not null, "computed_at" timestamptz not null, "raw_gross" jsonb not null, "raw_discounts" jsonb not null, "raw_total" jsonb not null, "raw_refunds" jsonb not null, "raw_net" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "daily_sales_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_daily_sales_deleted_at" ON "daily_sales" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_daily_sales_date_time_zone_seller_id_currency_code_sales_channel_payment_provider_unique" ON "daily_sales" ("date", "time_zone", "seller_id", "currency_code", "sales_channel", "payment_provider") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "daily_product_sales" cascade;`);

    this.addSql(`drop table if exists "daily_sales" cascade;`);
  }

}
