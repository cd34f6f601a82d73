// Loading state for routes whose data can be slow. The catalog and product pages have none on purpose:
// a streamed page cannot answer a real 404 status for an unknown product.
export function PageSkeleton() {
  return (
    <div role="status" className="flex flex-col gap-4" aria-label="Loading">
      <div className="h-8 w-56 animate-pulse rounded bg-surface-line" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2].map((key) => (
          <div key={key} className="aspect-[4/3] animate-pulse rounded-card bg-surface-line" />
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
