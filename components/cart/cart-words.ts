import "server-only";
import { getTranslations } from "next-intl/server";

/** A sentence with a count in it, worded on the server for 1 and as a `{count}` template for more. */
export interface CountWords {
  one: string;
  other: string;
}

/** The cart editor's words, translated on the server; `{name}` slots are filled with `fill`. */
export async function cartEditorWords() {
  const t = await getTranslations("cart");
  return {
    empty: t("empty"),
    browse: t("browse"),
    items: t("items"),
    summary: t("summary"),
    subtotal: t("subtotal"),
    // The plural is ICU's; the browser picks the form and puts the number in.
    count: { one: t("count", { count: 1 }), other: t("count", { count: 2 }).replace("2", "{count}") },
    blocked: t("blocked"),
    checkout: t("checkout"),
    each: t.raw("each") as string,
    quantity: t("quantity"),
    quantityFor: t.raw("quantityFor") as string,
    update: t("update"),
    remove: t("remove"),
    soldOutSince: t("soldOutSince"),
    onlyLeft: t.raw("onlyLeft") as string,
  } satisfies Record<string, string | CountWords>;
}

export type CartEditorWords = Awaited<ReturnType<typeof cartEditorWords>>;

/** Add to cart's words for one product: its limits are known when the page is rendered. */
export async function addToCartWords(productName: string, stock: number, maxQuantity: number) {
  const t = await getTranslations("cart");
  return {
    quantity: t("quantity"),
    submit: t("add.submit"),
    adding: t("add.adding"),
    added: t("add.added"),
    view: t("add.view"),
    atLeast: t("add.atLeast"),
    tooMany:
      maxQuantity === stock
        ? t("add.onlyLeft", { name: productName, count: stock })
        : t("add.atMost", { max: maxQuantity }),
  };
}

export type AddToCartWords = Awaited<ReturnType<typeof addToCartWords>>;
