import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207025441 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "image_variant" ("id" text not null, "original_file_id" text not null, "original_url" text not null, "mime_type" text not null, "width" integer not null, "height" integer not null, "thumbnail_file_id" text not null, "thumbnail_url" text not null, "card_file_id" text not null, "card_url" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "image_variant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_image_variant_deleted_at" ON "image_variant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_image_variant_original_url" ON "image_variant" ("original_url") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "image_variant" cascade;`);
  }

}
