"use client";

export { default } from "@/app/(main)/error";
