import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206233111 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "slot_booking" drop constraint if exists "slot_booking_cart_id_unique";`);
    this.addSql(`create table if not exists "slot_booking" ("id" text not null, "cart_id" text not null, "order_id" text null, "seller_id" text not null, "type" text check ("type" in ('PICKUP', 'DELIVERY')) not null, "date" text not null, "starts_at" text not null, "ends_at" text not null, "cakes" integer not null default 0, "status" text check ("status" in ('HELD', 'EXPIRED', 'BOOKED', 'RELEASED')) not null default 'HELD', "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "slot_booking_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_slot_booking_deleted_at" ON "slot_booking" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_slot_booking_cart_id_unique" ON "slot_booking" ("cart_id") WHERE status IN ('HELD', 'BOOKED') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_slot_booking_status_expires_at" ON "slot_booking" ("status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_slot_booking_order_id" ON "slot_booking" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "slot_booking" cascade;`);
  }

}
