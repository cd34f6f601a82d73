"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { buttonPrimary, fieldInput, fieldLabel } from "@/components/ui/styles";
import { useCartMutation } from "./use-cart-mutation";

export function AddToCart({
  productId,
  productName,
  stock,
  maxQuantity,
}: {
  productId: number;
  productName: string;
  stock: number;
  /** The stock, or the most one cart line may hold when there is more. */
  maxQuantity: number;
}) {
  const t = useTranslations("cart");
  const [quantity, setQuantity] = useState("1");
  const [invalid, setInvalid] = useState<string | null>(null);
  const mutation = useCartMutation();
  const quantityId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);

  /** What to do about the quantity, in the words of the limit that applies (the stock first). */
  function problem(value: number): string | null {
    if (!Number.isInteger(value) || value < 1) return t("add.atLeast");
    if (value <= maxQuantity) return null;
    return maxQuantity === stock
      ? t("add.onlyLeft", { name: productName, count: stock })
      : t("add.atMost", { max: maxQuantity });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = problem(Number(quantity));
    setInvalid(found);
    if (found) {
      mutation.reset();
      input.current?.focus();
      return;
    }
    mutation.mutate(
      { kind: "add", productId, quantity: Number(quantity) },
      { onError: () => input.current?.focus() },
    );
  }

  const message = invalid ?? mutation.error?.message;
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <div className="flex items-end gap-3">
        <div className="w-24">
          <label htmlFor={quantityId} className={fieldLabel}>
            {t("quantity")}
          </label>
          <input
            ref={input}
            id={quantityId}
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? errorId : undefined}
            className={`${fieldInput} mt-1`}
          />
        </div>
        <button type="submit" className={`${buttonPrimary} flex-1`} disabled={mutation.isPending}>
          {mutation.isPending ? t("add.adding") : t("add.submit")}
        </button>
      </div>
      <div aria-live="polite" className="min-h-6 text-sm">
        {message ? (
          <p id={errorId} className="text-danger-700">
            {message}
          </p>
        ) : mutation.isSuccess ? (
          <p className="text-success-700">
            {t("add.added")}{" "}
            <Link href="/cart" className="font-medium underline">
              {t("add.view")}
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
