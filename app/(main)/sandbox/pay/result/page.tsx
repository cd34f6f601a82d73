import { connection } from "next/server";
import { notFound, redirect } from "next/navigation";
import { PaymentResult } from "@/components/sandbox/payment-result";
import { loadPaymentPage, PageToken, pagePath } from "@/lib/sandbox/hosted-page";
import { requireSandboxMode } from "@/lib/sandbox/next";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function SandboxResultPage({ searchParams }: Props) {
  await connection();
  const deps = requireSandboxMode();
  const token = PageToken.safeParse((await searchParams).token);
  if (!token.success) notFound();
  const page = await loadPaymentPage(deps, token.data);
  if (!page) notFound();
  if (!page.returnUrl) redirect(pagePath(token.data));
  return <PaymentResult session={page.session} returnUrl={page.returnUrl} />;
}
