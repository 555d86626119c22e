import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207024112 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "receipt" drop constraint if exists "receipt_number_unique";`);
    this.addSql(`alter table if exists "receipt" drop constraint if exists "receipt_order_id_unique";`);
    this.addSql(`create table if not exists "receipt" ("id" text not null, "number" integer not null, "order_id" text not null, "seller_id" text null, "language" text not null, "file_id" text null, "generated_at" timestamptz null, "sent_to_telegram_at" timestamptz null, "telegram_chat_id" text null, "telegram_message_id" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_receipt_deleted_at" ON "receipt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_receipt_order_id_unique" ON "receipt" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_receipt_number_unique" ON "receipt" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_receipt_seller_id" ON "receipt" ("seller_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "receipt" cascade;`);
  }

}
