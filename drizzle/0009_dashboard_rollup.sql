CREATE TABLE "dashboard_days" (
	"day" date PRIMARY KEY NOT NULL,
	"paid_count" integer DEFAULT 0 NOT NULL,
	"paid_amount" bigint DEFAULT 0 NOT NULL,
	"refund_count" integer DEFAULT 0 NOT NULL,
	"refund_amount" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_method_days" (
	"day" date NOT NULL,
	"method" text NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"paid" integer DEFAULT 0 NOT NULL,
	"expired" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dashboard_method_days_day_method_pk" PRIMARY KEY("day","method")
);
--> statement-breakpoint
-- Written by hand below (drizzle-kit does not model functions or triggers): the triggers that keep
-- the two tables above, and their backfill from the rows already there. The live queries they
-- replace are in lib/admin/rollup-testing.ts; lib/admin/dashboard-rollup.test.ts checks the two
-- agree after every kind of change, and lib/admin/dashboard-rollup-races.test.ts under races.
--
-- The Jakarta day of a moment: WIB has no daylight saving, so a fixed +7 hours is exact and needs
-- no time zone data.
CREATE FUNCTION dashboard_day(at timestamptz) RETURNS date LANGUAGE sql STABLE
AS $$ SELECT date '1970-01-01' + floor((extract(epoch FROM at) + 25200) / 86400)::integer $$;
--> statement-breakpoint
-- Adds (delta 1) or takes out (delta -1) one order's session share: its payment session, counted by
-- the order's creation day and how it pays, and by where the order is now.
CREATE FUNCTION dashboard_count_session(o orders, session_method text, session_channel text,
  delta integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO dashboard_method_days AS t (day, method, created, paid, expired, failed)
  VALUES (dashboard_day(o.created_at),
    coalesce(o.channel, session_channel, o.method, session_method, ''), delta,
    CASE WHEN o.status = 'PAID' THEN delta ELSE 0 END,
    CASE WHEN o.status = 'EXPIRED' THEN delta ELSE 0 END,
    CASE WHEN o.status = 'FAILED' THEN delta ELSE 0 END)
  ON CONFLICT (day, method) DO UPDATE SET created = t.created + excluded.created,
    paid = t.paid + excluded.paid, expired = t.expired + excluded.expired,
    failed = t.failed + excluded.failed
$$;
--> statement-breakpoint
-- Adds or takes out one order's money share: a PAID order, by the day its payment arrived.
CREATE FUNCTION dashboard_count_payment(o orders, delta integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO dashboard_days AS t (day, paid_count, paid_amount)
  SELECT dashboard_day(o.paid_at), delta, delta * o.amount
  WHERE o.status = 'PAID' AND o.paid_at IS NOT NULL
  ON CONFLICT (day) DO UPDATE SET paid_count = t.paid_count + excluded.paid_count,
    paid_amount = t.paid_amount + excluded.paid_amount
$$;
--> statement-breakpoint
-- An order's change moves its share. The payment row is read afresh (not locked): a concurrent
-- change of that payment's method waits for this order's row lock (dashboard_payment_changed),
-- then takes out exactly the share counted here.
CREATE FUNCTION dashboard_order_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s payments%ROWTYPE;
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status, OLD.paid_at, OLD.amount, OLD.created_at, OLD.method, OLD.channel)
    IS NOT DISTINCT FROM (NEW.status, NEW.paid_at, NEW.amount, NEW.created_at, NEW.method, NEW.channel) THEN
    RETURN NULL;
  END IF;
  SELECT * INTO s FROM payments WHERE order_id = coalesce(NEW.id, OLD.id);
  IF TG_OP <> 'INSERT' THEN
    IF s.id IS NOT NULL THEN
      PERFORM dashboard_count_session(OLD, s.method, s.channel, -1);
    END IF;
    PERFORM dashboard_count_payment(OLD, -1);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF s.id IS NOT NULL THEN
    PERFORM dashboard_count_session(NEW, s.method, s.channel, 1);
  END IF;
  PERFORM dashboard_count_payment(NEW, 1);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Deletion counts BEFORE the row goes: the cascade then deletes the payment, whose trigger finds
-- no order and so takes nothing out a second time.
CREATE TRIGGER dashboard_order_deleted BEFORE DELETE ON orders
  FOR EACH ROW EXECUTE FUNCTION dashboard_order_changed();
--> statement-breakpoint
CREATE TRIGGER dashboard_order_written AFTER INSERT OR UPDATE ON orders
  FOR EACH ROW EXECUTE FUNCTION dashboard_order_changed();
--> statement-breakpoint
-- A session's arrival, departure or method change moves its order's session share. The order row
-- is locked first and read as it is now, so this and a concurrent change of the order count in
-- turn, never both from the same old state.
CREATE FUNCTION dashboard_payment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o orders%ROWTYPE;
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.order_id, OLD.method, OLD.channel)
    IS NOT DISTINCT FROM (NEW.order_id, NEW.method, NEW.channel) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT * INTO o FROM orders WHERE id = OLD.order_id FOR NO KEY UPDATE;
    IF FOUND THEN
      PERFORM dashboard_count_session(o, OLD.method, OLD.channel, -1);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT * INTO o FROM orders WHERE id = NEW.order_id FOR NO KEY UPDATE;
    IF FOUND THEN
      PERFORM dashboard_count_session(o, NEW.method, NEW.channel, 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dashboard_payment_written AFTER INSERT OR UPDATE OR DELETE ON payments
  FOR EACH ROW EXECUTE FUNCTION dashboard_payment_changed();
--> statement-breakpoint
CREATE FUNCTION dashboard_refund_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status, OLD.updated_at, OLD.amount)
    IS NOT DISTINCT FROM (NEW.status, NEW.updated_at, NEW.amount) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.status = 'SUCCESS' THEN
    INSERT INTO dashboard_days AS t (day, refund_count, refund_amount)
    VALUES (dashboard_day(OLD.updated_at), -1, -OLD.amount)
    ON CONFLICT (day) DO UPDATE SET refund_count = t.refund_count + excluded.refund_count,
      refund_amount = t.refund_amount + excluded.refund_amount;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'SUCCESS' THEN
    INSERT INTO dashboard_days AS t (day, refund_count, refund_amount)
    VALUES (dashboard_day(NEW.updated_at), 1, NEW.amount)
    ON CONFLICT (day) DO UPDATE SET refund_count = t.refund_count + excluded.refund_count,
      refund_amount = t.refund_amount + excluded.refund_amount;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dashboard_refund_written AFTER INSERT OR UPDATE OR DELETE ON refunds
  FOR EACH ROW EXECUTE FUNCTION dashboard_refund_changed();
--> statement-breakpoint
-- Backfill: the rows already there, counted as the live queries counted them.
INSERT INTO dashboard_method_days (day, method, created, paid, expired, failed)
SELECT dashboard_day(o.created_at), coalesce(o.channel, p.channel, o.method, p.method, ''), count(*),
  count(*) FILTER (WHERE o.status = 'PAID'), count(*) FILTER (WHERE o.status = 'EXPIRED'),
  count(*) FILTER (WHERE o.status = 'FAILED')
FROM orders o JOIN payments p ON p.order_id = o.id
GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO dashboard_days (day, paid_count, paid_amount, refund_count, refund_amount)
SELECT day, sum(paid_count), sum(paid_amount), sum(refund_count), sum(refund_amount) FROM (
  SELECT dashboard_day(paid_at) AS day, count(*) AS paid_count, sum(amount) AS paid_amount,
    0 AS refund_count, 0 AS refund_amount
  FROM orders WHERE status = 'PAID' AND paid_at IS NOT NULL GROUP BY 1
  UNION ALL
  SELECT dashboard_day(updated_at), 0, 0, count(*), sum(amount)
  FROM refunds WHERE status = 'SUCCESS' GROUP BY 1
) AS shares
GROUP BY day;
