import { NotFoundMessage } from "@/components/errors/not-found-message";

// notFound() from a shop page: the store layout's frame is already around it (one header, one main).
export default function StoreNotFound() {
  return <NotFoundMessage />;
}
