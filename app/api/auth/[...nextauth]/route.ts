import { handleAuthRequest } from "@/lib/auth";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
