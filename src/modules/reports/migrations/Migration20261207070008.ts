import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207070008 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "daily_stock" drop constraint if exists "daily_stock_time_zone_date_inventory_item_id_location_id_unique";`);
    this.addSql(`create table if not exists "daily_stock" ("id" text not null, "date" text not null, "time_zone" text not null, "inventory_item_id" text not null, "location_id" text not null, "sold" integer not null, "lost" integer not null, "corrections" integer not null, "opening" integer not null, "closing" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "daily_stock_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_daily_stock_deleted_at" ON "daily_stock" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_daily_stock_time_zone_date_inventory_item_id_location_id_unique" ON "daily_stock" ("time_zone", "date", "inventory_item_id", "location_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "daily_stock" cascade;`);
  }

}
