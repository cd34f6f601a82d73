import "server-only";
import type { NextRequest } from "next/server";

/**
 * A page POST (a server action sent as a form) whose multipart body cannot be parsed makes Next's
 * action handler throw, which it answers with a bare 500. Such a body comes from no browser: answer
 * 400 before it gets there. Only multipart POSTs to pages pay for the check (forms posted without
 * JavaScript; with it, actions carry the same body), and the body is read from a clone, so the
 * request goes on untouched.
 */
export async function answerMalformedForm(request: NextRequest): Promise<Response | undefined> {
  if (request.method !== "POST") return undefined;
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/") || /^\/sandbox\/v\d+\//.test(pathname)) return undefined;
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) {
    return undefined;
  }
  try {
    await request.clone().formData();
    return undefined;
  } catch {
    return new Response("Bad request: the form data could not be read.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
