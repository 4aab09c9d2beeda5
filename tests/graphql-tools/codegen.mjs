// GraphQL Code Generator reads the registry's schema over HTTP as one principal (its own
// introspection, with the principal's token), generates TypeScript types for the operations in
// DOCUMENTS_DIR, and the TypeScript compiler type-checks them together with USAGE (a file that uses
// the generated types as a client would).
//   node codegen.mjs URL DOCUMENTS_DIR OUT_DIR [USAGE.ts]     with REGISTRY_TOKEN in the environment
// Exits 0 when generation and type-checking succeed; prints the generator's or compiler's complaint otherwise.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { generate } from "@graphql-codegen/cli";

const [url, documentsDir, outDir, usage] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const output = join(outDir, "registry.ts");
try {
  await generate({
    schema: { [url]: { headers: { Authorization: `Bearer ${process.env.REGISTRY_TOKEN}` } } },
    documents: join(documentsDir, "*.graphql"),
    generates: { [output]: { plugins: ["typescript", "typescript-operations"], config: { enumsAsTypes: true } } },
    silent: true,
  }, true);
} catch (error) {
  console.log(`codegen failed: ${error.message}`);
  for (const detail of error.errors ?? []) console.log(`  ${detail.message ?? detail}`);
  process.exit(2);
}

const files = [output];
if (usage) {
  copyFileSync(usage, join(outDir, "usage.ts"));
  files.push(join(outDir, "usage.ts"));
}
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "--noEmit", "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", ...files], { encoding: "utf8" });
if (tsc.status !== 0) {
  console.log(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  process.exit(3);
}
console.log(`generated and type-checked ${output}`);
