import Link from "next/link";
import type { SessionUser } from "@/lib/auth/rules";

const link = "rounded-full px-3 py-2 text-sm font-medium text-ink hover:bg-surface-sunken";

/** Header links that depend on who is signed in. */
export function AccountLinks({ user }: { user: SessionUser | null }) {
  if (!user) {
    return (
      <Link href="/signin" className={link}>
        Sign in
      </Link>
    );
  }
  return (
    <>
      <Link href="/account/orders" className={link}>
        My orders
      </Link>
      {user.isAdmin && (
        <Link href="/admin" className={link}>
          Admin
        </Link>
      )}
      <Link href="/signout" className={link} title={`Signed in as ${user.email}`}>
        Sign out
      </Link>
    </>
  );
}
