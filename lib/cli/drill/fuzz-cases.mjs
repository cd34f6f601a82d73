import { ROUTES } from "./fuzz-routes.mjs";
import { shuffle } from "./http.mjs";

// The fuzz drill's requests: every route in fuzz-routes.mjs with malformed path segments, query
// strings, bodies, content types, methods and headers. `seeds` carries real values (an order id,
// a session id, a token, cookies) so that half-valid requests reach past the first check.

const LONG = "x".repeat(3000);
/** Path segments and query values, already percent-encoded as they go on the wire. */
export const BAD_TEXT = [
  "%00",
  "a%00b",
  "2147483648",
  "-2147483649",
  "99999999999999999999999",
  "1e309",
  "-1",
  "0",
  "1.5",
  "NaN",
  "%E0%A4%A",
  "%",
  "%zz",
  "%C0%AF",
  "..%2F..%2Fetc%2Fpasswd",
  "'%20or%201%3D1--",
  "%F0%9F%99%82",
  LONG,
  "null",
  "%5B%5D",
  "__proto__",
  "constructor",
  "%20",
  "%FF%FE",
  "%2e%2e",
];
const WEIRD = [
  null,
  true,
  [],
  {},
  "",
  "\u0000",
  "a\u0000b",
  2147483648,
  -2147483649,
  1e308,
  -1,
  0,
  1.5,
  "2147483648",
  "x".repeat(10_000),
  [1, 2],
  { $gt: "" },
  "%E0%A4%A",
  "9".repeat(400),
  "\ud800",
];
const BAD_JSON = [
  "{",
  '{"a":',
  "[",
  "nul",
  "\u0000",
  '{"productId":1,}',
  '"text"',
  "1e309",
  "null",
  "[]",
  "true",
  '{"__proto__":{"polluted":1}}',
  "[".repeat(5000) + "]".repeat(5000),
  `{"a":${"[".repeat(50_000)}`,
  "\ufeff{}",
  '{"a":"\\ud800"}',
  "{'single':1}",
];
const TYPES = [
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=drill",
  "application/json; charset=utf-16",
  undefined,
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];

function fill(route, seeds, value) {
  return route
    .replace("[productId]", value ?? String(seeds.productId))
    .replace("[id]", value ?? (route.startsWith("/sandbox") ? seeds.sessionId : seeds.orderId))
    .replace("[slug]", value ?? seeds.slug)
    .replace("[status]", value ?? "success")
    .replace("[...nextauth]", value ?? "session");
}

function junkHeaders(rand) {
  const options = [
    { cookie: `hc_cart=${"A".repeat(43)}` },
    { cookie: "hc_cart=%00; authjs.session-token=garbage" },
    { cookie: `hc_cart=${"x".repeat(6000)}` },
    { cookie: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..bad.bad.bad" },
    { origin: "http://evil.example" },
    { origin: "null" },
    { "x-forwarded-for": "%00, 999.999.999.999" },
    { accept: "text/html;q=%E0%A4%A" },
    { "x-api-key": "" },
    { authorization: "Bearer " + "A".repeat(5000) },
    { "x-sandbox-fault": "bogus" },
    { range: "bytes=2147483648-" },
    { "if-none-match": '"' + LONG + '"' },
  ];
  return options[Math.floor(rand() * options.length)];
}

/** Every kind of malformed request for one route; `seeds` gives the real values. */
function casesFor(spec, seeds, rand) {
  const cases = [];
  const base = { route: spec.route, spec };
  const path = fill(spec.route, seeds);
  const valid = spec.body?.(seeds);
  const method = spec.methods.find((m) => m !== "GET") ?? "GET";
  // A GET-only route gets its bodies as POSTs: a wrong method with a bad body.
  const add = (c) => cases.push({ ...base, method, path, ...c });

  const plain = {
    body: valid === undefined ? undefined : JSON.stringify(valid),
    type: valid && "application/json",
  };
  add({ kind: "valid", what: "as a client would", ...plain });
  if (spec.route.includes("[")) {
    for (const text of BAD_TEXT)
      add({ kind: "segment", what: text, path: fill(spec.route, seeds, text), ...plain });
  } else {
    const text = BAD_TEXT[Math.floor(rand() * BAD_TEXT.length)];
    add({ kind: "segment", what: text, path: `${path}/${text}`, ...plain });
  }
  for (const key of spec.query ?? ["order", "page"]) {
    for (const text of BAD_TEXT.slice(0, 14))
      add({ kind: "query", what: `${key}=${text}`, path: `${path}?${key}=${text}&${key}=2`, ...plain });
  }
  add({ kind: "query", what: "bad names", path: `${path}?%E0%A4%A=1&%00=%00`, ...plain });
  if (valid !== undefined || spec.methods.includes("POST")) {
    const fields = Object.keys(valid ?? { value: 1 });
    for (const field of fields) {
      for (const weird of WEIRD) {
        const body = JSON.stringify({ ...valid, [field]: weird });
        add({ kind: "types", what: `${field}: ${JSON.stringify(weird)}`, body, type: "application/json" });
      }
    }
    for (const text of BAD_JSON) add({ kind: "json", what: text, body: text, type: "application/json" });
    for (const type of TYPES)
      add({ kind: "content-type", what: String(type), body: "a=1&b=%00\u0000", type });
    add({
      kind: "huge",
      what: "1 MB JSON",
      body: JSON.stringify({ ...valid, pad: "x".repeat(1_000_000) }),
      type: "application/json",
    });
    add({ kind: "huge", what: "2 MB of NUL", body: "\u0000".repeat(2_000_000), type: "application/json" });
  }
  for (const wrong of METHODS.filter((m) => !spec.methods.includes(m)))
    add({
      kind: "method",
      what: wrong,
      method: wrong,
      body: wrong === "GET" || wrong === "HEAD" ? undefined : "{}",
    });
  for (let i = 0; i < 6; i += 1) {
    const headers = junkHeaders(rand);
    add({
      kind: "headers",
      what: Object.entries(headers)[0].join(": "),
      headers,
      method: spec.methods[i % spec.methods.length],
      ...plain,
    });
  }
  if (spec.action) {
    for (const id of ["deadbeef", "0".repeat(42), "%00", LONG]) {
      add({
        kind: "action",
        what: `Next-Action ${id}`,
        method: "POST",
        headers: { "next-action": id },
        body: '["$K1"]',
        type: "text/plain;charset=UTF-8",
      });
    }
    add({
      kind: "action",
      what: "unknown action, bad multipart",
      method: "POST",
      headers: { "next-action": "7f".repeat(21) },
      body: "--drill\r\nbad",
      type: "multipart/form-data; boundary=drill",
    });
  }
  return cases;
}

/**
 * All cases (at least `minimum`, every route covered) in a random order; `limitPerRoute` keeps
 * the short mode small while still touching every route.
 */
export function buildCases(seeds, rand, { minimum, limitPerRoute }) {
  const perRoute = ROUTES.map((spec) => casesFor(spec, seeds, rand));
  const cases = [];
  for (const [first, ...rest] of perRoute) {
    cases.push(first, ...(limitPerRoute ? shuffle(rest, rand).slice(0, limitPerRoute - 1) : rest));
  }
  // Topped up with repeats of the cheap kinds (no second round of megabyte bodies).
  const cheap = perRoute.flat().filter((c) => c.kind !== "huge");
  while (cases.length < minimum) cases.push(cheap[Math.floor(rand() * cheap.length)]);
  return shuffle(cases, rand);
}
