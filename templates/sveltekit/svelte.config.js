import adapter from "@sveltejs/adapter-node";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // `vite build` writes the server to build/; server.js serves it.
    adapter: adapter(),
    // A JSON API without cookie sessions: SvelteKit's check on cross-site form posts would
    // answer a text/plain or multipart POST with a text 403 before the endpoint can say 415.
    csrf: { trustedOrigins: ["*"] },
  },
};

export default config;
