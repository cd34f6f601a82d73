"use client";

import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { buttonPrimary, fieldInput, fieldLabel } from "@/components/ui/styles";
import { useCartMutation } from "./use-cart-mutation";

export function AddToCart({ productId, maxQuantity }: { productId: number; maxQuantity: number }) {
  const [quantity, setQuantity] = useState("1");
  const mutation = useCartMutation();
  const quantityId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ kind: "add", productId, quantity: Number(quantity) });
  }

  const error = mutation.error;
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <div className="flex items-end gap-3">
        <div className="w-24">
          <label htmlFor={quantityId} className={fieldLabel}>
            Quantity
          </label>
          <input
            id={quantityId}
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            aria-invalid={error?.fields.quantity ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className={`${fieldInput} mt-1`}
          />
        </div>
        <button type="submit" className={`${buttonPrimary} flex-1`} disabled={mutation.isPending}>
          {mutation.isPending ? "Adding…" : "Add to cart"}
        </button>
      </div>
      <div aria-live="polite" className="min-h-6 text-sm">
        {error ? (
          <p id={errorId} className="text-danger-700">
            {error.message}
          </p>
        ) : mutation.isSuccess ? (
          <p className="text-success-700">
            Added to cart.{" "}
            <Link href="/cart" className="font-medium underline">
              View cart
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
