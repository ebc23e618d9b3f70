import assert from "node:assert/strict";
import contract from "../../templates/_shared/contract.json" with { type: "json" };
import { singularOf, type Field, type Resource } from "../../src/schema/resources.js";
import { BAD_IDS, badBodies, isError, isMethodNotAllowed, isNoBody, isOptions, is, message, M, type Case } from "./contract.js";

/**
 * The resource contract (docs/CONTRACT.md, "Resources"): every endpoint and
 * error case of one resource added to a starter, with the exact messages.
 * Written for any spec; the harness adds HARNESS_RESOURCE, one field of every
 * type, some optional. The resource's table must be empty when it starts.
 */
export const HARNESS_RESOURCE: Resource = {
  name: "line_items",
  fields: [
    { name: "title", type: "string" },
    { name: "notes", type: "text", optional: true },
    { name: "quantity", type: "integer" },
    { name: "unit_price", type: "number", optional: true },
    { name: "paid", type: "boolean" },
    { name: "due_at", type: "datetime", optional: true },
  ],
};

type Row = Record<string, unknown> & { id: number };

/** A valid value of each type, as sent and as the starter answers it. */
const VALID: Record<Field["type"], { sent: unknown; stored: unknown }[]> = {
  string: [{ sent: "Widget", stored: "Widget" }, { sent: "🙂".repeat(contract.stringMax), stored: "🙂".repeat(contract.stringMax) }],
  text: [{ sent: `${"long text ".repeat(500)}é`, stored: `${"long text ".repeat(500)}é` }],
  integer: [{ sent: 3, stored: 3 }, { sent: -contract.integerMax, stored: -contract.integerMax }],
  number: [{ sent: 9.5, stored: 9.5 }, { sent: -1e300, stored: -1e300 }],
  boolean: [{ sent: true, stored: true }, { sent: false, stored: false }],
  datetime: [
    { sent: "2026-03-01T10:30:00.123456+01:00", stored: "2026-03-01T09:30:00.123Z" },
    { sent: "2026-12-31T23:59:59Z", stored: "2026-12-31T23:59:59.000Z" },
  ],
};

/** Values each type refuses, with the message key. `3.0` is a valid integer, so it is not here. */
const INVALID: Record<Field["type"], { sent: unknown; key: keyof typeof M }[]> = {
  string: [
    { sent: 5, key: "notString" },
    { sent: ["a"], key: "notString" },
    { sent: "a\u0000b", key: "nul" },
    { sent: "x".repeat(contract.stringMax + 1), key: "tooLong" },
  ],
  text: [
    { sent: 5, key: "notString" },
    { sent: "a\u0000b", key: "nul" },
  ],
  integer: [
    { sent: 1.5, key: "notInteger" },
    { sent: "3", key: "notInteger" },
    { sent: true, key: "notInteger" },
    { sent: 1e20, key: "notInteger" },
    { sent: contract.integerMax + 1, key: "notInteger" },
  ],
  number: [
    { sent: "1", key: "notNumber" },
    { sent: true, key: "notNumber" },
    { sent: [], key: "notNumber" },
  ],
  boolean: [
    { sent: 0, key: "notBoolean" },
    { sent: "true", key: "notBoolean" },
  ],
  datetime: [
    { sent: "yesterday", key: "notDatetime" },
    { sent: "2026-03-01", key: "notDatetime" },
    { sent: "2026-03-01T10:30:00", key: "notDatetime" },
    { sent: "2026-03-01 10:30:00Z", key: "notDatetime" },
    { sent: "2026-02-30T10:00:00Z", key: "notDatetime" },
    { sent: "2026-03-01T24:00:00Z", key: "notDatetime" },
    { sent: 1772357400, key: "notDatetime" },
  ],
};

export function resourceCases(resource: Resource): Case[] {
  const base = `/${resource.name}`;
  const one = (resource.singular ?? singularOf(resource.name)!).replace(/_/g, " ");
  const fields = resource.fields;
  const msg = (f: Field, key: keyof typeof M) => message(key, { field: f.name, max: contract.stringMax });
  const full = (i = 0) => Object.fromEntries(fields.map((f) => [f.name, VALID[f.type][i % VALID[f.type].length]!.sent]));
  const fullStored = (i = 0) => Object.fromEntries(fields.map((f) => [f.name, VALID[f.type][i % VALID[f.type].length]!.stored]));
  const minimal = () => Object.fromEntries(fields.filter((f) => !f.optional).map((f) => [f.name, VALID[f.type][0]!.sent]));
  const minimalStored = () => Object.fromEntries(fields.map((f) => [f.name, f.optional ? null : VALID[f.type][0]!.stored]));
  const json = (v: unknown) => JSON.stringify(v);
  const notFound = (id: number | string) => message("entityNotFound", { resource: one, id });
  const { collection, item } = contract.allow;
  // Ids as the cases create them: 1 (every field), 2 (required only), 3 (the other valid values), then the page rows.
  let count = 0;

  const cases: Case[] = [
    [`GET ${base} → 200 []`, async (c) => is(await c.get(base), 200, [])],
    [`POST ${base} with every field → 201, Location, the datetime in UTC to the millisecond`, async (c) => {
      const r = await c.post(base, json(full(0)));
      is(r, 201, { id: 1, ...fullStored(0) });
      assert.equal(r.location, `${base}/1`);
      count++;
    }],
    [`POST ${base} with the required fields only → 201, the others null`, async (c) => {
      is(await c.post(base, json(minimal())), 201, { id: 2, ...minimalStored() });
      count++;
    }],
    [`POST ${base} with the edge values (${contract.stringMax} emoji, -(2^53-1), 3.0 as an integer) → 201`, async (c) => {
      const body = { ...full(1), ...Object.fromEntries(fields.filter((f) => f.type === "integer").map((f) => [f.name, -contract.integerMax])) };
      is(await c.post(base, json(body)), 201, { id: 3, ...fullStored(1) });
      const integral = fields.find((f) => f.type === "integer");
      if (integral) {
        const r = await c.post(base, `{${fields.filter((f) => !f.optional).map((f) => `"${f.name}":${f === integral ? "3.0" : json(VALID[f.type][0]!.sent)}`).join(",")}}`);
        is(r, 201, { id: 4, ...minimalStored(), [integral.name]: 3 });
        count++;
      }
      count++;
    }],
    [`GET ${base}/1 → the row; GET ${base}/999 → 404 "${notFound(999)}"`, async (c) => {
      is(await c.get(`${base}/1`), 200, { id: 1, ...fullStored(0) });
      isError(await c.get(`${base}/999`), 404, notFound(999));
    }],
    [`GET ${base}/{bad ids} → 400`, async (c) => {
      for (const id of BAD_IDS) isError(await c.get(`${base}/${id}`), 400, M.idNotPositive);
    }],
    ...fields.filter((f) => !f.optional).flatMap((f): Case[] => [
      [`POST ${base} without ${f.name} / with ${f.name}: null → 400 "${msg(f, "required")}"`, async (c) => {
        const { [f.name]: _, ...without } = minimal();
        isError(await c.post(base, json(without)), 400, msg(f, "required"));
        isError(await c.post(base, json({ ...minimal(), [f.name]: null })), 400, msg(f, "required"));
      }],
    ]),
    ...fields.flatMap((f): Case[] => [
      [`POST ${base} with a bad ${f.type} ${f.name} → 400`, async (c) => {
        for (const bad of INVALID[f.type]) isError(await c.post(base, json({ ...minimal(), [f.name]: bad.sent })), 400, msg(f, bad.key));
        if (f.type === "string" && !f.optional) {
          isError(await c.post(base, json({ ...minimal(), [f.name]: "" })), 400, msg(f, "blank"));
          isError(await c.post(base, json({ ...minimal(), [f.name]: " \u00a0 " })), 400, msg(f, "blank"));
        }
      }],
    ]),
    ...(fields.length >= 2
      ? [[`POST ${base} with two bad fields → the first field's message`, async (c) => {
          const [a, b] = fields as [Field, Field];
          const body = { ...minimal(), [a.name]: INVALID[a.type][0]!.sent, [b.name]: INVALID[b.type][0]!.sent };
          isError(await c.post(base, json(body)), 400, msg(a, INVALID[a.type][0]!.key));
        }] satisfies Case]
      : []),
    ...badBodies().map(([label, send, status, error]): Case => [
      `POST ${base} with ${label} → ${status}`,
      async (c) => isError(await c.send("POST", base, send), status, error),
    ]),
    [`the refused POSTs stored nothing`, async (c) => assert.equal(((await c.get(`${base}?limit=100`)).body as unknown[]).length, count)],
    [`GET ${base}: 50 by default, ?limit and ?offset page in id order`, async (c) => {
      while (count < 51) {
        const r = await c.post(base, json(minimal()));
        assert.equal(r.status, 201, r.text);
        count++;
      }
      const all = (await c.get(`${base}?limit=100`)).body as Row[];
      assert.equal(all.length, 51);
      assert.deepEqual(all.map((r) => r.id), [...all.map((r) => r.id)].sort((a, b) => a - b), "id order");
      assert.equal(((await c.get(base)).body as Row[]).length, contract.pagination.default);
      is(await c.get(`${base}?limit=2`), 200, all.slice(0, 2));
      is(await c.get(`${base}?limit=2&offset=2`), 200, all.slice(2, 4));
      is(await c.get(`${base}?offset=50`), 200, all.slice(50));
      is(await c.get(`${base}?offset=1000`), 200, []);
    }],
    [`GET ${base}?limit=0|101|abc|1.5|-1 → 400; ?offset=-1|abc → 400`, async (c) => {
      for (const v of ["0", "101", "abc", "1.5", "-1", ""]) isError(await c.get(`${base}?limit=${v}`), 400, M.limit);
      for (const v of ["-1", "abc", "1.5"]) isError(await c.get(`${base}?offset=${v}`), 400, M.offset);
    }],
    [`PATCH ${base}/1 changes only the given fields; {} changes nothing`, async (c) => {
      const integral = fields.find((f) => f.type === "integer") ?? fields[0]!;
      const changed = { [integral.name]: VALID[integral.type][1]!.sent };
      is(await c.patch(`${base}/1`, json(changed)), 200, { id: 1, ...fullStored(0), [integral.name]: VALID[integral.type][1]!.stored });
      is(await c.patch(`${base}/1`, "{}"), 200, { id: 1, ...fullStored(0), [integral.name]: VALID[integral.type][1]!.stored });
      is(await c.patch(`${base}/1`, json({ ...full(0) })), 200, { id: 1, ...fullStored(0) });
    }],
    [`PATCH ${base}/1 with a bad value → 400, and the row is unchanged`, async (c) => {
      for (const f of fields) isError(await c.patch(`${base}/1`, json({ [f.name]: INVALID[f.type][0]!.sent })), 400, msg(f, INVALID[f.type][0]!.key));
      for (const f of fields.filter((x) => !x.optional)) isError(await c.patch(`${base}/1`, json({ [f.name]: null })), 400, msg(f, "required"));
      is(await c.get(`${base}/1`), 200, { id: 1, ...fullStored(0) });
    }],
    [`PATCH ${base}/1 sets an optional field to null`, async (c) => {
      const opt = fields.find((f) => f.optional);
      if (!opt) return;
      is(await c.patch(`${base}/1`, json({ [opt.name]: null })), 200, { id: 1, ...fullStored(0), [opt.name]: null });
      is(await c.patch(`${base}/1`, json({ [opt.name]: VALID[opt.type][0]!.sent })), 200, { id: 1, ...fullStored(0) });
    }],
    [`PATCH: unknown id → 404, bad id → 400, bad bodies as for POST`, async (c) => {
      isError(await c.patch(`${base}/99999`, json(minimal())), 404, notFound(99999));
      isError(await c.patch(`${base}/abc`, json(minimal())), 400, M.idNotPositive);
      for (const [, send, status, error] of badBodies()) isError(await c.send("PATCH", `${base}/1`, send), status, error);
      is(await c.get(`${base}/1`), 200, { id: 1, ...fullStored(0) });
    }],
    [`DELETE ${base}/2 → 204, then 404; DELETE ${base}/abc → 400`, async (c) => {
      isNoBody(await c.send("DELETE", `${base}/2`), 204);
      isError(await c.get(`${base}/2`), 404, notFound(2));
      isError(await c.send("DELETE", `${base}/2`), 404, notFound(2));
      isError(await c.send("DELETE", `${base}/abc`), 400, M.idNotPositive);
      count--;
    }],
    [`405 with Allow, OPTIONS and HEAD on ${base} and ${base}/1`, async (c) => {
      for (const m of ["PUT", "DELETE", "PATCH", "TRACE"]) isMethodNotAllowed(await c.send(m, base), collection);
      for (const m of ["PUT", "POST", "TRACE"]) isMethodNotAllowed(await c.send(m, `${base}/1`, { body: "{}" }), item);
      isOptions(await c.send("OPTIONS", base), collection);
      isOptions(await c.send("OPTIONS", `${base}/1`), item);
      isNoBody(await c.send("HEAD", base), 200);
      isNoBody(await c.send("HEAD", `${base}/1`), 200);
      isNoBody(await c.send("HEAD", `${base}/2`), 404);
    }],
    [`${base}/ and ${base}/1/x → 404 "not found"`, async (c) => {
      isError(await c.get(`${base}/`), 404, M.notFound);
      isError(await c.get(`${base}/1/x`), 404, M.notFound);
    }],
    [`GET ${base}?limit=100 lists what is left`, async (c) => assert.equal(((await c.get(`${base}?limit=100`)).body as unknown[]).length, count)],
  ];
  return cases;
}

/** The rows a finished resource contract leaves: for the restart and switch checks. */
export const rowsLeft = 50;
