import type { Db } from "./client";

/**
 * A statement built once per database handle (drizzle's `.prepare(name)`), for the hot paths: a
 * call then skips building the query in JavaScript, and PostgreSQL parses and plans it once per
 * connection. A transaction's handle gets its own copy of the statement.
 */
export function preparedOn<Statement>(build: (db: Db) => Statement): (db: Db) => Statement {
  const statements = new WeakMap<Db, Statement>();
  return (db) => {
    let statement = statements.get(db);
    if (!statement) {
      statement = build(db);
      statements.set(db, statement);
    }
    return statement;
  };
}
