import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207023922 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "daily_product_sales" add column if not exists "product_type" text not null default '', add column if not exists "attached_units" integer not null default 0, add column if not exists "attached_orders" integer not null default 0;`);

    this.addSql(`alter table if exists "daily_sales" add column if not exists "bouquet_orders" integer not null default 0, add column if not exists "bouquet_orders_with_add_ons" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "daily_product_sales" drop column if exists "product_type", drop column if exists "attached_units", drop column if exists "attached_orders";`);

    this.addSql(`alter table if exists "daily_sales" drop column if exists "bouquet_orders", drop column if exists "bouquet_orders_with_add_ons";`);
  }

}
