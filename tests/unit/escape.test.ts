import { describe, expect, it } from "vitest";
import * as e from "../../src/render/escape.js";

const AWKWARD = ["my-api", "api2", "x", "My.Api", "2fast", "class", "test", "a_b-c.d", "---", "über"];

describe("per-language escaping", () => {
  it("yields valid identifiers for awkward names", () => {
    for (const n of AWKWARD) {
      expect(e.npmName(n)).toMatch(/^[a-z0-9][a-z0-9._~-]*$/);
      expect(e.pyModule(n)).toMatch(/^[a-z_][a-z0-9_]*$/);
      expect(["class", "import", "def"]).not.toContain(e.pyModule(n));
      expect(e.goModule(n)).toMatch(/^example\.com\/[a-z0-9][a-z0-9._-]*$/);
      expect(e.crateName(n)).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(e.crateName(n)).not.toBe("test");
      expect(e.javaPackage(n)).toMatch(/^com\.example\.[a-z][a-z0-9]*$/);
      expect(e.namespace(n)).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(e.snakeName(n)).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it("maps the issue's examples as expected", () => {
    expect(e.pyModule("My.Api")).toBe("my_api");
    expect(e.crateName("My.Api")).toBe("my-api");
    expect(e.javaPackage("my-api")).toBe("com.example.myapi");
    expect(e.javaPackagePath("api2")).toBe("com/example/api2");
    expect(e.pyModule("2fast")).toBe("app_2fast");
    expect(e.javaPackage("class")).toBe("com.example.classapp");
    expect(e.goModule("fmt")).toBe("example.com/fmt");
    expect(e.goModule("con.api")).toBe("example.com/con-api-app");
  });

  it("quotes hostile strings so they stay one literal", () => {
    const hostile = `x"; require('child_process').exec("rm -rf /"); //\n#{boom} \\ '`;
    expect(JSON.parse(e.jsString(hostile))).toBe(hostile);
    expect(JSON.parse(e.goString(hostile).replace(/\\u([0-9a-f]{4})/g, (_, h) => `\\u${h}`))).toBe(hostile);
    expect(e.rubyString(hostile)).toContain("\\#{boom}");
    expect(e.phpString(hostile)).toBe(`'x"; require(\\'child_process\\').exec("rm -rf /"); //\n#{boom} \\\\ \\''`);
    expect(e.xmlText("<a & 'b'>")).toBe("&lt;a &amp; &apos;b&apos;&gt;");
    expect(e.mdText("[x](javascript:alert(1))")).not.toContain("](");
  });
});
