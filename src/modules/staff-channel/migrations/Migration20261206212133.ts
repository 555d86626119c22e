import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206212133 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "staff_chat" drop constraint if exists "staff_chat_seller_id_unique";`);
    this.addSql(`alter table if exists "production_ticket" drop constraint if exists "production_ticket_order_id_unique";`);
    this.addSql(`create table if not exists "production_ticket" ("id" text not null, "order_id" text not null, "display_id" integer not null, "seller_id" text not null, "status" text check ("status" in ('NEW', 'ACCEPTED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY', 'DELIVERED', 'PICKED_UP', 'CANCELLED')) not null default 'NEW', "fulfillment" text check ("fulfillment" in ('PICKUP', 'DELIVERY')) not null, "has_cake" boolean not null default false, "paid_at" timestamptz not null, "accepted_at" timestamptz null, "seconds_to_accept" integer null, "accepted_by_id" text null, "accepted_by_name" text null, "courier_id" text null, "courier_name" text null, "fulfillment_id" text null, "cancel_reason" text null, "reminded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_ticket_deleted_at" ON "production_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_ticket_order_id_unique" ON "production_ticket" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_ticket_status_paid_at" ON "production_ticket" ("status", "paid_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "channel_post" ("id" text not null, "purpose" text check ("purpose" in ('STAFF', 'COURIER', 'REMINDER')) not null, "chat_id" text not null, "message_id" integer not null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_post_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_post_ticket_id" ON "channel_post" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_post_deleted_at" ON "channel_post" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "staff_chat" ("id" text not null, "seller_id" text not null, "staff_chat_id" text not null, "courier_chat_id" text null, "language" text not null default 'ru', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_chat_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_staff_chat_deleted_at" ON "staff_chat" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_chat_seller_id_unique" ON "staff_chat" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_change" ("id" text not null, "from_status" text null, "to_status" text not null, "actor_type" text check ("actor_type" in ('staff', 'courier', 'admin', 'system')) not null, "actor_id" text null, "actor_name" text null, "note" text null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_change_ticket_id" ON "ticket_change" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_change_deleted_at" ON "ticket_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "channel_post" add constraint "channel_post_ticket_id_foreign" foreign key ("ticket_id") references "production_ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "ticket_change" add constraint "ticket_change_ticket_id_foreign" foreign key ("ticket_id") references "production_ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "channel_post" drop constraint if exists "channel_post_ticket_id_foreign";`);

    this.addSql(`alter table if exists "ticket_change" drop constraint if exists "ticket_change_ticket_id_foreign";`);

    this.addSql(`drop table if exists "production_ticket" cascade;`);

    this.addSql(`drop table if exists "channel_post" cascade;`);

    this.addSql(`drop table if exists "staff_chat" cascade;`);

    this.addSql(`drop table if exists "ticket_change" cascade;`);
  }

}
