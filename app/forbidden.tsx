import { StoreFrame } from "@/components/ui/store-frame";
import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

// Rendered with status 403 when a page calls forbidden(): signed in, but not allowed (e.g. /admin).
export default function Forbidden() {
  return (
    <StoreFrame>
      <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
        <h1 className="text-2xl font-bold">Access denied</h1>
        <p className="text-ink-muted">
          Your account cannot open this page. It is for the shop&apos;s merchants; sign in with a merchant
          account to continue.
        </p>
        <div className="flex gap-3">
          <Link href="/" className={buttonPrimary}>
            Back to the shop
          </Link>
          <Link href="/signout" className={buttonSecondary}>
            Switch account
          </Link>
        </div>
      </section>
    </StoreFrame>
  );
}
