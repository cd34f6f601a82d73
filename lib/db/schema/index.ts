export * from "./auth";
export * from "./limits";
export * from "./orders";
export * from "./shop";
export * from "./outbox";
export * from "./refunds";
export * from "./dashboard";
