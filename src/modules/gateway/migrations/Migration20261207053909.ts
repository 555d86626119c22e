import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207053909 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "click_transaction" add column if not exists "seller_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_click_transaction_seller_id_prepared_at" ON "click_transaction" ("seller_id", "prepared_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payme_transaction" add column if not exists "seller_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payme_transaction_seller_id_create_time" ON "payme_transaction" ("seller_id", "create_time") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_click_transaction_seller_id_prepared_at";`);
    this.addSql(`alter table if exists "click_transaction" drop column if exists "seller_id";`);

    this.addSql(`drop index if exists "IDX_payme_transaction_seller_id_create_time";`);
    this.addSql(`alter table if exists "payme_transaction" drop column if exists "seller_id";`);
  }

}
