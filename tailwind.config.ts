import type { Config } from "tailwindcss";

// Theme tokens, loaded from app/globals.css with `@config`. System fonts only: nothing is fetched.
export default {
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef4ff",
          100: "#dbe6fe",
          200: "#bfd3fe",
          500: "#3b63d8",
          600: "#2848b8",
          700: "#213b94",
          800: "#1f3576",
          900: "#1c2f5e",
        },
        accent: { 100: "#fdf0d5", 400: "#f2b441", 600: "#8a5a12" },
        ink: { DEFAULT: "#1a1d24", muted: "#5b6170", faint: "#686e7d" },
        surface: { DEFAULT: "#ffffff", sunken: "#f6f5f2", line: "#e4e2dc" },
        success: { 50: "#ecfdf3", 700: "#16703c" },
        danger: { 50: "#fef1f1", 700: "#b42318" },
        warning: { 50: "#fffaeb", 700: "#a15c07" },
      },
      fontFamily: {
        sans: [
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "Noto Sans",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"],
      },
      borderRadius: { card: "0.875rem" },
    },
  },
} satisfies Config;
