import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207024005 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_proof" drop constraint if exists "delivery_proof_ticket_id_telegram_file_unique_id_unique";`);
    this.addSql(`create table if not exists "delivery_proof" ("id" text not null, "file_id" text not null, "mime_type" text not null, "size" integer not null, "telegram_user_id" text not null, "telegram_user_name" text null, "telegram_file_unique_id" text not null, "taken_at" timestamptz not null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_proof_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_proof_ticket_id" ON "delivery_proof" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_proof_deleted_at" ON "delivery_proof" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_proof_ticket_id_telegram_file_unique_id_unique" ON "delivery_proof" ("ticket_id", "telegram_file_unique_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "delivery_proof" add constraint "delivery_proof_ticket_id_foreign" foreign key ("ticket_id") references "production_ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_proof" cascade;`);
  }

}
