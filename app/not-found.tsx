import { StoreFrame } from "@/components/ui/store-frame";
import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <StoreFrame>
      <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p className="text-ink-muted">That page does not exist, or it is not yours to see.</p>
        <Link href="/" className={buttonPrimary}>
          Back to the shop
        </Link>
      </section>
    </StoreFrame>
  );
}
