import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // "/users/" is no route's: server.ts answers it 404 instead of Next.js redirecting it to "/users".
  skipTrailingSlashRedirect: true,
};

export default nextConfig;
