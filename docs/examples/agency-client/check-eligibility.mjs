// A partner agency's eligibility check against GraphRegistry (see docs/agencies.md).
//
//   REGISTRY_URL=http://localhost:5080/graphql REGISTRY_TOKEN=<agency token> \
//     node check-eligibility.mjs <national ID> [purpose]
//
// Finds the person through the registry's blind index, asks whether their household is eligible
// for the agency's programmes (the decision and reasons only, never the score), prints which
// fields came back masked, and turns each error code into what the agency should do about it.
// The national ID travels as a variable, never inside the query text: query text is hashed into
// the access log and may be cached; variables are neither logged nor kept.
import { GraphQLClient, ClientError, gql } from "graphql-request";

const lookup = gql`
  query Person($nationalId: String!, $purpose: String!) {
    personByNationalId(nationalId: $nationalId, purpose: $purpose) {
      id
      firstNameLatin
      household { id size }
    }
  }
`;

const eligibility = gql`
  query Eligibility($household: ID!, $purpose: String!) {
    eligibilityCheck(household: $household, purpose: $purpose) { program eligible reasons }
  }
`;

// What to do about each code an agency can meet (docs/agencies.md, "Error codes").
const advice = {
  UNAUTHENTICATED: "get a new token from the identity provider",
  FORBIDDEN_FIELD: "the agreement does not grant this field: remove it or ask for a grant",
  PURPOSE_REQUIRED: "pass one of the agency's purposes",
  PURPOSE_NOT_ALLOWED: "use a purpose of the agency's agreement",
  NOT_FOUND: "nothing this agency may read has this identifier (not registered, or no consent or legal basis covers it): check it, or ask the household for consent",
  INVALID_ARGUMENT: "check the national ID's shape",
  RATE_LIMITED: "too many requests this minute: wait Retry-After seconds",
  SUBJECT_QUOTA_EXCEEDED: "daily household quota reached: wait until 00:00 UTC",
  AUDIT_UNAVAILABLE: "the registry could not log the read: retry later",
};

const [nationalId, purpose = "ASD_ELIGIBILITY"] = process.argv.slice(2);
const url = process.env.REGISTRY_URL ?? "http://localhost:5080/graphql";
const token = process.env.REGISTRY_TOKEN;
if (!nationalId || !token) {
  console.error("usage: REGISTRY_TOKEN=<agency token> node check-eligibility.mjs <national ID> [purpose]");
  process.exit(2);
}

const client = new GraphQLClient(url, { headers: { Authorization: `Bearer ${token}` } });

// rawRequest keeps the response's extensions, where the registry lists masked paths.
async function ask(document, variables) {
  const { data, extensions } = await client.rawRequest(document, variables);
  for (const masked of extensions?.masked ?? []) {
    console.log(`masked: ${masked.path} (${masked.mask}${masked.reason ? `: ${masked.reason}` : ""})`);
  }
  return data;
}

try {
  const { personByNationalId: person } = await ask(lookup, { nationalId, purpose });
  if (!person) {
    console.log("not found");
    process.exit(1);
  }

  console.log(`person ${person.id} (${person.firstNameLatin ?? "name not granted"}), household ${person.household.id} of ${person.household.size}`);
  const { eligibilityCheck: decisions } = await ask(eligibility, { household: person.household.id, purpose });
  for (const decision of decisions) {
    console.log(`${decision.program}: ${decision.eligible ? "eligible" : "not eligible"} (${decision.reasons.join("; ")})`);
  }
} catch (error) {
  if (!(error instanceof ClientError)) throw error;
  for (const { extensions } of error.response.errors ?? []) {
    const code = extensions?.code ?? "UNKNOWN";
    console.log(`refused: ${code}: ${advice[code] ?? "see docs/agencies.md"}`);
  }
  process.exit(1);
}
