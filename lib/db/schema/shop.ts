import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const products = pgTable(
  "products",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    /** Whole rupiah. */
    price: bigint("price", { mode: "number" }).notNull(),
    stock: integer("stock").notNull(),
    /** Path under public/. */
    image: text("image").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("products_price_positive", sql`${t.price} > 0`),
    check("products_stock_not_negative", sql`${t.stock} >= 0`),
  ],
);

/** A cart belongs to one browser, identified by an httpOnly cookie holding the cart id. */
export const carts = pgTable("carts", {
  id: text("id").primaryKey(),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const cartLines = pgTable(
  "cart_lines",
  {
    cartId: text("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    addedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.cartId, t.productId] }),
    check("cart_lines_quantity_range", sql`${t.quantity} between 1 and 99`),
  ],
);
