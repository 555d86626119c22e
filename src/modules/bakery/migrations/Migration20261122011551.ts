import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122011551 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bakery_review" drop constraint if exists "bakery_review_order_id_unique";`);
    this.addSql(`alter table if exists "baker_invite" drop constraint if exists "baker_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "baker" drop constraint if exists "baker_telegram_user_id_unique";`);
    this.addSql(`alter table if exists "baker" drop constraint if exists "baker_email_unique";`);
    this.addSql(`alter table if exists "baker_application" drop constraint if exists "baker_application_email_unique";`);
    this.addSql(`alter table if exists "bakery" drop constraint if exists "bakery_handle_unique";`);
    this.addSql(`create table if not exists "bakery" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "phone" text null, "address" text null, "latitude" real null, "longitude" real null, "timezone" text not null default 'Asia/Tashkent', "opening_hours" jsonb null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "suspension_reason" text null, "rating_average" real not null default 0, "rating_count" integer not null default 0, "logo_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bakery_pkey" primary key ("id"), constraint bakery_rating_count_non_negative check (rating_count >= 0), constraint bakery_rating_average_range check (rating_average >= 0 and rating_average <= 5));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bakery_handle_unique" ON "bakery" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_deleted_at" ON "bakery" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "baker_application" ("id" text not null, "applicant_name" text not null, "email" text not null, "phone" text not null, "telegram_user_id" text null, "bio" text null, "new_bakery" jsonb null, "bakery_id" text null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'withdrawn')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "rejection_reason" text null, "withdraw_token_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "baker_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baker_application_bakery_id" ON "baker_application" ("bakery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baker_application_deleted_at" ON "baker_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_baker_application_email_unique" ON "baker_application" ("email") WHERE status = 'pending' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "baker_application_status_change" ("id" text not null, "from_status" text null, "to_status" text not null, "actor_type" text check ("actor_type" in ('applicant', 'user', 'system')) not null, "actor_id" text null, "note" text null, "application_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "baker_application_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baker_application_status_change_application_id" ON "baker_application_status_change" ("application_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baker_application_status_change_deleted_at" ON "baker_application_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "baker" ("id" text not null, "name" text not null, "email" text not null, "phone" text null, "telegram_user_id" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "bakery_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "baker_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_baker_email_unique" ON "baker" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baker_bakery_id" ON "baker" ("bakery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baker_deleted_at" ON "baker" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_baker_telegram_user_id_unique" ON "baker" ("telegram_user_id") WHERE telegram_user_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "baker_invite" ("id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "baker_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "baker_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_baker_invite_token_hash_unique" ON "baker_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baker_invite_baker_id" ON "baker_invite" ("baker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_baker_invite_deleted_at" ON "baker_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bakery_review" ("id" text not null, "rating" integer not null, "text" text null, "customer_id" text not null, "order_id" text not null, "bakery_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bakery_review_pkey" primary key ("id"), constraint bakery_review_rating_range check (rating between 1 and 5));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bakery_review_order_id_unique" ON "bakery_review" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_review_bakery_id" ON "bakery_review" ("bakery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_review_deleted_at" ON "bakery_review" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "baker_application" add constraint "baker_application_bakery_id_foreign" foreign key ("bakery_id") references "bakery" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "baker_application_status_change" add constraint "baker_application_status_change_application_id_foreign" foreign key ("application_id") references "baker_application" ("id") on update cascade;`);

    this.addSql(`alter table if exists "baker" add constraint "baker_bakery_id_foreign" foreign key ("bakery_id") references "bakery" ("id") on update cascade;`);

    this.addSql(`alter table if exists "baker_invite" add constraint "baker_invite_baker_id_foreign" foreign key ("baker_id") references "baker" ("id") on update cascade;`);

    this.addSql(`alter table if exists "bakery_review" add constraint "bakery_review_bakery_id_foreign" foreign key ("bakery_id") references "bakery" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "baker_application" drop constraint if exists "baker_application_bakery_id_foreign";`);

    this.addSql(`alter table if exists "baker" drop constraint if exists "baker_bakery_id_foreign";`);

    this.addSql(`alter table if exists "bakery_review" drop constraint if exists "bakery_review_bakery_id_foreign";`);

    this.addSql(`alter table if exists "baker_application_status_change" drop constraint if exists "baker_application_status_change_application_id_foreign";`);

    this.addSql(`alter table if exists "baker_invite" drop constraint if exists "baker_invite_baker_id_foreign";`);

    this.addSql(`drop table if exists "bakery" cascade;`);

    this.addSql(`drop table if exists "baker_application" cascade;`);

    this.addSql(`drop table if exists "baker_application_status_change" cascade;`);

    this.addSql(`drop table if exists "baker" cascade;`);

    this.addSql(`drop table if exists "baker_invite" cascade;`);

    this.addSql(`drop table if exists "bakery_review" cascade;`);
  }

}
