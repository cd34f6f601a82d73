import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./config";
import { allowSignIn, attachAccountId, authorizeCredentials } from "./sign-in";

/**
 * The full Auth.js configuration (Node.js only: database and scrypt). JWT sessions, so proxy.ts can
 * read them with the edge-safe ./config alone. Route handler: app/api/auth/[...nextauth]/route.ts.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const base = authConfig();
  return {
    ...base,
    providers: [
      ...base.providers,
      Credentials({
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: authorizeCredentials,
      }),
    ],
    callbacks: { ...base.callbacks, signIn: allowSignIn, jwt: attachAccountId },
  };
});
