export * from "./auth";
export * from "./orders";
export * from "./sandbox";
export * from "./shop";
