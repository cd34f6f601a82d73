import { z } from "zod";

/** Query of /signin and /signup. Anything malformed (e.g. a repeated parameter) is just ignored. */
export const AuthPageParams = z.object({
  callbackUrl: z.string().max(2000).optional().catch(undefined),
  error: z.string().max(50).optional().catch(undefined),
});

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
