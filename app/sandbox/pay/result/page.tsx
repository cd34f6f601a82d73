import { connection } from "next/server";
import { notFound, redirect } from "next/navigation";
import { PaymentResult } from "@/components/sandbox/payment-result";
import { loadPaymentPage, pagePath } from "@/lib/sandbox/hosted-page";
import { requireSandboxMode } from "@/lib/sandbox/next";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function SandboxResultPage({ searchParams }: Props) {
  await connection();
  const deps = requireSandboxMode();
  const { token } = await searchParams;
  if (typeof token !== "string") notFound();
  const page = await loadPaymentPage(deps, token);
  if (!page) notFound();
  if (!page.returnUrl) redirect(pagePath(token));
  return <PaymentResult session={page.session} returnUrl={page.returnUrl} />;
}
