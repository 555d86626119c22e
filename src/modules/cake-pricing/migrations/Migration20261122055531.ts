import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122055531 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "price_prediction" add column if not exists "variant_price_before" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "price_prediction" drop column if exists "variant_price_before";`);
  }

}
