import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206232714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stock_hold" drop constraint if exists "stock_hold_cart_id_variant_id_inventory_item_id_unique";`);
    this.addSql(`create table if not exists "stock_hold" ("id" text not null, "cart_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "quantity" integer not null, "expires_at" timestamptz not null, "status" text check ("status" in ('HELD', 'RELEASED', 'EXPIRED', 'CONVERTED')) not null default 'HELD', "order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_hold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_hold_deleted_at" ON "stock_hold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_hold_cart_id_variant_id_inventory_item_id_unique" ON "stock_hold" ("cart_id", "variant_id", "inventory_item_id") WHERE status = 'HELD' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_hold_inventory_item_id_status" ON "stock_hold" ("inventory_item_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_hold_status_expires_at" ON "stock_hold" ("status", "expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stock_hold" cascade;`);
  }

}
