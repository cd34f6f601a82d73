import Link from "next/link";

const link =
  "whitespace-nowrap rounded-full px-2 py-2 text-sm font-medium text-ink hover:bg-surface-sunken sm:px-3";

export interface AccountWords {
  signIn: string;
  myOrders: string;
  admin: string;
  signOut: string;
  /** "Signed in as {email}", worded on the server; the email goes in on the page. */
  signedInAs: string;
}

/** Header links that depend on who is signed in (rendered by the server, or by the static pages' island). */
export function AccountLinksView({
  user,
  words,
}: {
  user: { email: string; isAdmin: boolean } | null;
  words: AccountWords;
}) {
  if (!user) {
    return (
      <Link href="/signin" className={link}>
        {words.signIn}
      </Link>
    );
  }
  return (
    <>
      <Link href="/account/orders" className={link}>
        {words.myOrders}
      </Link>
      {user.isAdmin && (
        <Link href="/admin" className={link}>
          {words.admin}
        </Link>
      )}
      <Link href="/signout" className={link} title={words.signedInAs.replace("{email}", user.email)}>
        {words.signOut}
      </Link>
    </>
  );
}
