"use client";

import Link from "next/link";
import { ProductImage } from "@/components/shop/product-image";
import { useId, useRef, useState, type FormEvent } from "react";
import { fill } from "@/components/ui/fill";
import { Price } from "@/components/ui/price";
import { buttonDanger, buttonPrimary, buttonSecondary, card, fieldInput } from "@/components/ui/styles";
import { formatRupiah } from "@/lib/money";
import type { Cart, CartLine } from "@/lib/cart/repository";
import type { CartEditorWords } from "./cart-words";
import { useCartMutation } from "./use-cart-mutation";

/** The cart, edited in place: each change's answer (the whole cart) replaces what is shown. */
export function CartEditor({ initialCart, words: t }: { initialCart: Cart; words: CartEditorWords }) {
  const [cart, setCart] = useState(initialCart);

  if (cart.lines.length === 0) {
    return (
      <div className={`${card} flex flex-col items-center gap-4 p-10 text-center`}>
        <p className="text-lg">{t.empty}</p>
        <Link href="/" className={buttonPrimary}>
          {t.browse}
        </Link>
      </div>
    );
  }

  const blocked = cart.lines.some((line) => line.quantity > line.stock);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <ul className="flex flex-col gap-3" aria-label={t.items}>
        {cart.lines.map((line) => (
          <CartLineRow key={line.productId} line={line} words={t} onCart={setCart} />
        ))}
      </ul>
      <aside className={`${card} flex h-fit flex-col gap-4 p-5`} aria-label={t.summary}>
        <dl className="flex items-center justify-between text-base">
          <dt>{t.subtotal}</dt>
          <dd data-testid="cart-subtotal">
            <Price amount={cart.subtotal} className="font-semibold" />
          </dd>
        </dl>
        <p className="text-xs text-ink-muted">
          {fill(cart.count === 1 ? t.count.one : t.count.other, { count: cart.count })}
        </p>
        {blocked ? (
          <p className="text-sm text-danger-700">{t.blocked}</p>
        ) : (
          <Link href="/checkout" className={buttonPrimary}>
            {t.checkout}
          </Link>
        )}
      </aside>
    </div>
  );
}

function CartLineRow({
  line,
  words: t,
  onCart,
}: {
  line: CartLine;
  words: CartEditorWords;
  onCart: (cart: Cart) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [quantity, setQuantity] = useState(String(line.quantity));
  const update = useCartMutation(onCart);
  const remove = useCartMutation(onCart);
  const inputId = useId();
  const errorId = useId();
  const error = update.error ?? remove.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { kind: "set", productId: line.productId, quantity: Number(quantity), previous: line.quantity },
      // The refusal is read next to the field, which keeps the focus for the next try.
      { onError: () => input.current?.focus() },
    );
  }

  return (
    <li className={`${card} flex gap-4 p-3`} aria-label={line.name}>
      <ProductImage
        src={line.image}
        alt=""
        width={96}
        height={72}
        className="h-18 w-24 shrink-0 rounded-lg object-cover"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <Link
            href={`/products/${line.slug}`}
            className="min-w-0 font-medium [overflow-wrap:anywhere] hover:underline"
          >
            {line.name}
          </Link>
          <Price amount={line.lineTotal} className="font-semibold" />
        </div>
        <p className="text-sm text-ink-muted">
          <span className="tabular-nums">{fill(t.each, { price: formatRupiah(line.unitPrice) })}</span>
        </p>
        <form onSubmit={submit} className="flex flex-wrap items-center gap-2" noValidate>
          <label htmlFor={inputId} className="text-sm">
            {t.quantity}
            <span className="sr-only"> {fill(t.quantityFor, { name: line.name })}</span>
          </label>
          <input
            ref={input}
            id={inputId}
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            aria-invalid={error?.fields.quantity ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className={`${fieldInput} w-20! py-1.5`}
          />
          <button type="submit" className={buttonSecondary} disabled={update.isPending}>
            {t.update}
            <span className="sr-only"> {line.name}</span>
          </button>
          <button
            type="button"
            className={buttonDanger}
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate({ kind: "remove", productId: line.productId, previous: line.quantity })
            }
          >
            {t.remove}
            <span className="sr-only"> {line.name}</span>
          </button>
        </form>
        {line.quantity > line.stock && (
          <p className="text-sm text-danger-700">
            {line.stock === 0 ? t.soldOutSince : fill(t.onlyLeft, { count: line.stock })}
          </p>
        )}
        {error && (
          <p id={errorId} className="text-sm text-danger-700" aria-live="polite">
            {error.message}
          </p>
        )}
      </div>
    </li>
  );
}
