import { NotFoundMessage } from "@/components/errors/not-found-message";

// notFound() from a catalog page (an unknown product): the layout's frame is already around it.
export default function NotFound() {
  return <NotFoundMessage />;
}
