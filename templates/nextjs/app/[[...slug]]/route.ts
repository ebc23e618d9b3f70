// Any path no other route matches (including "/") answers a JSON 404
// instead of the Next.js HTML not-found page.
import { notFound } from "../../lib/http";

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};
