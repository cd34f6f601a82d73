import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";

/** The shop's title and description, for both root layouts. */
export function shopMetadata(): Metadata {
  const { storeName } = env();
  return {
    title: { default: storeName, template: `%s · ${storeName}` },
    description: `${storeName}: Indonesian goods, paid by bank virtual account.`,
  };
}

export const SHOP_VIEWPORT: Viewport = { themeColor: "#213b94", width: "device-width", initialScale: 1 };
