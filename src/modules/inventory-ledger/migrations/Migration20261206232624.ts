import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206232624 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stock_threshold" drop constraint if exists "stock_threshold_inventory_item_id_location_id_unique";`);
    this.addSql(`alter table if exists "stock_movement" drop constraint if exists "stock_movement_source_type_source_id_inventory_item_id_reason_unique";`);
    this.addSql(`create table if not exists "correction_request" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "quantity" integer not null, "note" text null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING', "requested_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "movement_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "correction_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_correction_request_deleted_at" ON "correction_request" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_movement" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "reason" text check ("reason" in ('INCOMING', 'SALE', 'LOSS', 'CORRECTION', 'RETURN')) not null, "quantity" integer not null, "quantity_before" integer not null, "quantity_after" integer not null, "actor_id" text null, "actor_type" text not null, "note" text null, "source_type" text null, "source_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_deleted_at" ON "stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_movement_source_type_source_id_inventory_item_id_reason_unique" ON "stock_movement" ("source_type", "source_id", "inventory_item_id", "reason") WHERE source_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_inventory_item_id_created_at" ON "stock_movement" ("inventory_item_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_reason_created_at" ON "stock_movement" ("reason", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_threshold" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "threshold" integer not null, "below_since" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_threshold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_threshold_deleted_at" ON "stock_threshold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_threshold_inventory_item_id_location_id_unique" ON "stock_threshold" ("inventory_item_id", "location_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "correction_request" cascade;`);

    this.addSql(`drop table if exists "stock_movement" cascade;`);

    this.addSql(`drop table if exists "stock_threshold" cascade;`);
  }

}
