import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122064710 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "telegram_user" drop constraint if exists "telegram_user_telegram_id_unique";`);
    this.addSql(`alter table if exists "telegram_session" drop constraint if exists "telegram_session_key_unique";`);
    this.addSql(`alter table if exists "telegram_message" drop constraint if exists "telegram_message_chat_id_message_id_unique";`);
    this.addSql(`alter table if exists "telegram_file" drop constraint if exists "telegram_file_source_url_unique";`);
    this.addSql(`create table if not exists "telegram_file" ("id" text not null, "source_url" text not null, "telegram_file_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "telegram_file_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_telegram_file_deleted_at" ON "telegram_file" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_telegram_file_source_url_unique" ON "telegram_file" ("source_url") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "telegram_message" ("id" text not null, "chat_id" text not null, "message_id" integer not null, "purpose" text not null, "entity_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "telegram_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_telegram_message_deleted_at" ON "telegram_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_telegram_message_purpose_entity_id" ON "telegram_message" ("purpose", "entity_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_telegram_message_chat_id_message_id_unique" ON "telegram_message" ("chat_id", "message_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "telegram_session" ("id" text not null, "key" text not null, "value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "telegram_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_telegram_session_deleted_at" ON "telegram_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_telegram_session_key_unique" ON "telegram_session" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "telegram_user" ("id" text not null, "telegram_id" text not null, "chat_id" text not null, "customer_id" text null, "username" text null, "first_name" text not null, "last_name" text null, "language" text null, "phone" text null, "blocked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "telegram_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_telegram_user_deleted_at" ON "telegram_user" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_telegram_user_telegram_id_unique" ON "telegram_user" ("telegram_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_telegram_user_customer_id" ON "telegram_user" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "telegram_file" cascade;`);

    this.addSql(`drop table if exists "telegram_message" cascade;`);

    this.addSql(`drop table if exists "telegram_session" cascade;`);

    this.addSql(`drop table if exists "telegram_user" cascade;`);
  }

}
