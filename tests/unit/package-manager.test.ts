import { describe, expect, it } from "vitest";
import { launchingPackageManager } from "../../src/create.js";
import { packageManagerInfo } from "../../src/render/context.js";

describe("the package manager a project is set up for", () => {
  it("is the one that launched us, with its version, from the user agent", () => {
    expect(launchingPackageManager("yarn/1.22.22 npm/? node/v20.20.2 linux x64")).toBe("yarn@1.22.22");
    expect(launchingPackageManager("yarn/4.18.1 npm/? node/v20.20.2 linux x64")).toBe("yarn@4.18.1");
    expect(launchingPackageManager("pnpm/12.21.0 npm/? node/v20.20.2 linux x64")).toBe("pnpm@12.21.0");
    expect(launchingPackageManager("npm/11.19.1 node/v20.20.2 linux x64 workspaces/false")).toBe("npm");
    expect(launchingPackageManager(undefined)).toBeUndefined();
  });

  it("keeps only the name of a prerelease, whose exact version may not be downloadable", () => {
    expect(launchingPackageManager("pnpm/11.0.0-rc.1 npm/? node/v20.20.2 linux x64")).toBe("pnpm");
  });

  it("tells Yarn 1 from Yarn 2 and later: frozen installs and node_modules differ", () => {
    const classic = packageManagerInfo("yarn@1.22.22");
    const berry = packageManagerInfo("yarn@4.18.1");
    expect([classic.berry, classic.ci, classic.spec]).toEqual([false, "yarn install --frozen-lockfile", "yarn@1.22.22"]);
    expect([berry.berry, berry.ci, berry.spec]).toEqual([true, "yarn install --immutable", "yarn@4.18.1"]);
    expect(packageManagerInfo("npm").spec).toBeNull();
  });
});
