-- The sandbox's tables moved to their own migrations (lib/sandbox/migrations); nothing here.
SELECT 1;
