import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206221147 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "store_switch" drop constraint if exists "store_switch_key_unique";`);
    this.addSql(`alter table if exists "slot_usage" drop constraint if exists "slot_usage_seller_id_type_date_starts_at_unique";`);
    this.addSql(`alter table if exists "slot_template" drop constraint if exists "slot_template_seller_id_type_weekday_starts_at_unique";`);
    this.addSql(`alter table if exists "closure" drop constraint if exists "closure_seller_id_date_unique";`);
    this.addSql(`create table if not exists "closure" ("id" text not null, "seller_id" text not null, "date" text not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "closure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_closure_deleted_at" ON "closure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_closure_seller_id_date_unique" ON "closure" ("seller_id", "date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "slot_template" ("id" text not null, "seller_id" text not null, "type" text check ("type" in ('PICKUP', 'DELIVERY')) not null, "weekday" integer not null, "starts_at" text not null, "ends_at" text not null, "capacity_orders" integer not null, "capacity_cakes" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "slot_template_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_slot_template_deleted_at" ON "slot_template" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_slot_template_seller_id_type_weekday_starts_at_unique" ON "slot_template" ("seller_id", "type", "weekday", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "slot_usage" ("id" text not null, "seller_id" text not null, "type" text check ("type" in ('PICKUP', 'DELIVERY')) not null, "date" text not null, "starts_at" text not null, "booked_orders" integer not null default 0, "booked_cakes" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "slot_usage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_slot_usage_deleted_at" ON "slot_usage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_slot_usage_seller_id_type_date_starts_at_unique" ON "slot_usage" ("seller_id", "type", "date", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "store_switch" ("id" text not null, "key" text not null, "value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "store_switch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_switch_deleted_at" ON "store_switch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_switch_key_unique" ON "store_switch" ("key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "closure" cascade;`);

    this.addSql(`drop table if exists "slot_template" cascade;`);

    this.addSql(`drop table if exists "slot_usage" cascade;`);

    this.addSql(`drop table if exists "store_switch" cascade;`);
  }

}
