import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207024128 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bakery" add column if not exists "vat_rate" real null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bakery" drop column if exists "vat_rate";`);
  }

}
