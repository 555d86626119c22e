import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122033707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payme_transaction" drop constraint if exists "payme_transaction_payment_collection_id_unique";`);
    this.addSql(`alter table if exists "payme_transaction" drop constraint if exists "payme_transaction_payme_id_unique";`);
    this.addSql(`alter table if exists "click_transaction" drop constraint if exists "click_transaction_payment_collection_id_unique";`);
    this.addSql(`alter table if exists "click_transaction" drop constraint if exists "click_transaction_prepare_id_unique";`);
    this.addSql(`alter table if exists "click_transaction" drop constraint if exists "click_transaction_click_trans_id_unique";`);
    this.addSql(`create table if not exists "click_transaction" ("id" text not null, "prepare_id" serial, "click_trans_id" text not null, "click_paydoc_id" text not null, "payment_session_id" text not null, "payment_collection_id" text not null, "amount" text not null, "amount_tiyin" numeric not null, "status" text check ("status" in ('PREPARED', 'COMPLETED', 'CANCELLED', 'REVERSED')) not null default 'PREPARED', "click_error" integer null, "click_error_note" text null, "cancel_reason" text null, "failure" text null, "prepared_at" timestamptz not null, "completed_at" timestamptz null, "cancelled_at" timestamptz null, "reversed_at" timestamptz null, "raw_amount_tiyin" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "click_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_click_transaction_deleted_at" ON "click_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_click_transaction_click_trans_id_unique" ON "click_transaction" ("click_trans_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_click_transaction_prepare_id_unique" ON "click_transaction" ("prepare_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_click_transaction_payment_collection_id_unique" ON "click_transaction" ("payment_collection_id") WHERE status IN ('PREPARED', 'COMPLETED') AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "gateway_call" ("id" text not null, "gateway" text check ("gateway" in ('payme', 'click')) not null, "operation" text not null, "gateway_transaction_id" text null, "request" jsonb null, "response" jsonb not null, "outcome" text not null, "duration_ms" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gateway_call_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gateway_call_deleted_at" ON "gateway_call" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gateway_call_gateway_created_at" ON "gateway_call" ("gateway", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gateway_call_gateway_transaction_id" ON "gateway_call" ("gateway_transaction_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payme_transaction" ("id" text not null, "payme_id" text not null, "payme_time" timestamptz not null, "amount_tiyin" numeric not null, "account" jsonb not null, "payment_session_id" text not null, "payment_collection_id" text not null, "state" integer not null, "reason" integer null, "create_time" timestamptz not null, "perform_time" timestamptz null, "cancel_time" timestamptz null, "fiscal_data" jsonb null, "failure" text null, "raw_amount_tiyin" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payme_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payme_transaction_deleted_at" ON "payme_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payme_transaction_payme_id_unique" ON "payme_transaction" ("payme_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payme_transaction_payment_collection_id_unique" ON "payme_transaction" ("payment_collection_id") WHERE state IN (1, 2) AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payme_transaction_payme_time" ON "payme_transaction" ("payme_time") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "click_transaction" cascade;`);

    this.addSql(`drop table if exists "gateway_call" cascade;`);

    this.addSql(`drop table if exists "payme_transaction" cascade;`);
  }

}
