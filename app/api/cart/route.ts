import { currentCart } from "@/lib/cart";
import { handler, jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = handler(async () => jsonResponse({ cart: await currentCart() }));
