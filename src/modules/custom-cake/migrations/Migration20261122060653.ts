import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122060653 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "custom_cake_request" drop constraint if exists "custom_cake_request_payment_link_token_unique";`);
    this.addSql(`alter table if exists "custom_cake_request" drop constraint if exists "custom_cake_request_cart_id_unique";`);
    this.addSql(`create table if not exists "custom_cake_request" ("id" text not null, "display_id" serial, "status" text check ("status" in ('PENDING_REVIEW', 'APPROVED_AWAITING_PAYMENT', 'PAID', 'IN_PRODUCTION', 'READY', 'COMPLETED', 'REJECTED', 'EXPIRED', 'CANCELLED')) not null default 'PENDING_REVIEW', "customer_id" text not null, "bakery_id" text null, "region_id" text not null, "sales_channel_id" text not null, "currency_code" text not null, "locale" text not null default 'ru', "features" jsonb not null, "colors" text[] not null, "cake_message" text null, "wanted_at" timestamptz not null, "fulfillment" text check ("fulfillment" in ('PICKUP', 'DELIVERY')) not null, "delivery_address" jsonb null, "servings_wanted" integer null, "notes" text null, "predicted_price" numeric not null, "predicted_servings_party" integer not null, "predicted_servings_wedding" integer not null, "prediction_id" text not null, "prediction_source" text check ("prediction_source" in ('model', 'baseline')) not null, "model_version_id" text null, "final_price" numeric null, "final_servings" integer null, "staff_note" text null, "rejection_reason" text null, "payment_link_token" text null, "payment_provider_ids" text[] not null, "payment_expires_at" timestamptz null, "cart_id" text null, "order_id" text null, "raw_predicted_price" jsonb not null, "raw_final_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_cake_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_request_deleted_at" ON "custom_cake_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_request_status_created_at" ON "custom_cake_request" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_request_customer_id_created_at" ON "custom_cake_request" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_request_bakery_id_status" ON "custom_cake_request" ("bakery_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_request_wanted_at" ON "custom_cake_request" ("wanted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_custom_cake_request_cart_id_unique" ON "custom_cake_request" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_request_order_id" ON "custom_cake_request" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_custom_cake_request_payment_link_token_unique" ON "custom_cake_request" ("payment_link_token") WHERE payment_link_token IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_request_payment_expires_at" ON "custom_cake_request" ("payment_expires_at") WHERE status = 'APPROVED_AWAITING_PAYMENT' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "custom_cake_image" ("id" text not null, "file_id" text not null, "customer_id" text not null, "mime_type" text not null, "size" integer not null, "filename" text not null, "request_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_cake_image_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_image_request_id" ON "custom_cake_image" ("request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_image_deleted_at" ON "custom_cake_image" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_image_customer_id_created_at" ON "custom_cake_image" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "custom_cake_status_change" ("id" text not null, "from_status" text null, "to_status" text not null, "actor_type" text check ("actor_type" in ('customer', 'user', 'baker', 'system')) not null, "actor_id" text null, "note" text null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_cake_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_status_change_request_id" ON "custom_cake_status_change" ("request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_cake_status_change_deleted_at" ON "custom_cake_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "custom_cake_image" add constraint "custom_cake_image_request_id_foreign" foreign key ("request_id") references "custom_cake_request" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "custom_cake_status_change" add constraint "custom_cake_status_change_request_id_foreign" foreign key ("request_id") references "custom_cake_request" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "custom_cake_image" drop constraint if exists "custom_cake_image_request_id_foreign";`);

    this.addSql(`alter table if exists "custom_cake_status_change" drop constraint if exists "custom_cake_status_change_request_id_foreign";`);

    this.addSql(`drop table if exists "custom_cake_request" cascade;`);

    this.addSql(`drop table if exists "custom_cake_image" cascade;`);

    this.addSql(`drop table if exists "custom_cake_status_change" cascade;`);
  }

}
