"use client";

import Link from "next/link";
import { useId, useRef, useState, type FormEvent } from "react";
import { buttonPrimary, fieldInput, fieldLabel } from "@/components/ui/styles";
import type { AddToCartWords } from "./cart-words";
import { useCartMutation } from "./use-cart-mutation";

export function AddToCart({
  productId,
  maxQuantity,
  words: t,
}: {
  productId: number;
  /** The stock, or the most one cart line may hold when there is more. */
  maxQuantity: number;
  /** Worded on the server, the limit's sentence included (`addToCartWords`). */
  words: AddToCartWords;
}) {
  const [quantity, setQuantity] = useState("1");
  const [invalid, setInvalid] = useState<string | null>(null);
  const mutation = useCartMutation();
  const quantityId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);

  /** What to do about the quantity, in the words of the limit that applies (the stock first). */
  function problem(value: number): string | null {
    if (!Number.isInteger(value) || value < 1) return t.atLeast;
    return value <= maxQuantity ? null : t.tooMany;
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
            {t.quantity}
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
          {mutation.isPending ? t.adding : t.submit}
        </button>
      </div>
      <div aria-live="polite" className="min-h-6 text-sm">
        {message ? (
          <p id={errorId} className="text-danger-700">
            {message}
          </p>
        ) : mutation.isSuccess ? (
          <p className="text-success-700">
            {t.added}{" "}
            <Link href="/cart" className="font-medium underline">
              {t.view}
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
