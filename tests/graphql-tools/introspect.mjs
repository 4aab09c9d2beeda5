// graphql-js's own introspection query, in every combination of the options it offers, against
// the registry as one principal: each must succeed and give the same schema, and that schema must
// be the expected SDL file when one is named (an agency's schema/agencies/CODE.graphql).
//   node introspect.mjs URL [EXPECTED_SDL]     with REGISTRY_TOKEN in the environment
// Prints one JSON line: { combinations, types, coordinates, description } and exits 1 on any failure.
import { readFileSync } from "node:fs";
import { buildClientSchema, buildSchema, getIntrospectionQuery, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";

const [url, expectedFile] = process.argv.slice(2);
const token = process.env.REGISTRY_TOKEN;
const options = ["descriptions", "specifiedByUrl", "directiveIsRepeatable", "schemaDescription", "inputValueDeprecation", "oneOf"];

// Every type, field, argument, input field and enum value with its type: what a client can ask.
function coordinates(schema) {
  const out = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    out.push(`${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        // In the order the server lists them or sorted, arguments are the same arguments.
        const args = field.args.map((a) => `${a.name}: ${a.type}`).sort().join(", ");
        out.push(`${type.name}.${field.name}(${args}): ${field.type}`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) out.push(`${type.name}.${field.name}: ${field.type}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) out.push(`${type.name}.${value.name}`);
    }
  }
  return out.sort();
}

function descriptions(schema) {
  const out = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    out.push(`${type.name} ${type.description ?? ""}`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) out.push(`${type.name}.${field.name} ${field.description ?? ""}`);
    }
  }
  return out.sort();
}

const failures = [];
let reference = null;
let full = null;
for (let mask = 0; mask < 1 << options.length; mask++) {
  const chosen = Object.fromEntries(options.map((name, bit) => [name, (mask & (1 << bit)) !== 0]));
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: getIntrospectionQuery(chosen), operationName: "IntrospectionQuery" }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    failures.push({ options: chosen, status: response.status, errors: body.errors?.map((e) => `${e.extensions?.code}: ${e.message}`) });
    continue;
  }
  const schema = buildClientSchema(body.data);
  const found = coordinates(schema);
  reference ??= found;
  if (JSON.stringify(found) !== JSON.stringify(reference)) failures.push({ options: chosen, differs: "schema differs between option combinations" });
  if (Object.values(chosen).every(Boolean)) full = schema;
}

if (expectedFile && full) {
  const expected = buildSchema(readFileSync(expectedFile, "utf8"));
  const want = coordinates(expected), got = coordinates(full);
  const missing = want.filter((c) => !got.includes(c)), extra = got.filter((c) => !want.includes(c));
  if (missing.length || extra.length) failures.push({ versus: expectedFile, missing, extra });
  const wantText = descriptions(expected), gotText = descriptions(full);
  const differing = wantText.filter((d) => !gotText.includes(d)).slice(0, 10);
  if (differing.length) failures.push({ versus: expectedFile, descriptionsDiffer: differing, got: gotText.filter((d) => !wantText.includes(d)).slice(0, 10) });
}

console.log(JSON.stringify({
  combinations: 1 << options.length,
  types: reference?.filter((c) => !c.includes(".")).length ?? 0,
  coordinates: reference?.length ?? 0,
  description: full?.description ?? null,
  failures,
}));
process.exit(failures.length === 0 ? 0 : 1);
