import adapter from "@sveltejs/adapter-node";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // `node build` serves the app; it listens on $PORT (default 3000) and $HOST (default 0.0.0.0).
    adapter: adapter(),
  },
};

export default config;
