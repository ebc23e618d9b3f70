import { json, type Handle, type HandleServerError } from "@sveltejs/kit";

// Every endpoint answers JSON itself. These two hooks make an unexpected
// exception answer JSON too, {"error":"internal server error"} with status 500,
// instead of SvelteKit's HTML error page or its {"message":...} body.

export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) {
    console.error(error);
    event.locals.unexpectedError = true;
  }
  return { message };
};

export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  if (event.locals.unexpectedError) {
    return json({ error: "internal server error" }, { status: 500 });
  }
  return response;
};
