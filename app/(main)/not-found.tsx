import { NotFoundMessage } from "@/components/errors/not-found-message";
import { StoreFrame } from "@/components/ui/store-frame";

// A URL that matches no route: only the root layout is around it, so it brings the shop's frame.
export default function NotFound() {
  return (
    <StoreFrame>
      <NotFoundMessage />
    </StoreFrame>
  );
}
