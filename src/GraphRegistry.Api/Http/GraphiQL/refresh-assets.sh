#!/usr/bin/env bash
# Refreshes the GraphiQL assets the registry serves itself: the registry runs where no CDN is
# reachable, so the browser IDE must come from the repository. Run by hand when upgrading GraphiQL;
# it is never part of a build or a test run.
set -euo pipefail
graphiql_version="${GRAPHIQL_VERSION:-3.8.3}"
react_version="${REACT_VERSION:-18.3.1}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/Assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "graphiql@$graphiql_version" "react@$react_version" "react-dom@$react_version" >/dev/null
for tarball in *.tgz; do
  mkdir -p "${tarball%.tgz}" && tar -xzf "$tarball" -C "${tarball%.tgz}"
done

mkdir -p "$target"
cp graphiql-*/package/graphiql.min.js "$target/graphiql.min.js"
cp graphiql-*/package/graphiql.min.css "$target/graphiql.min.css"
cp react-"$react_version"/package/umd/react.production.min.js "$target/react.production.min.js"
cp react-dom-*/package/umd/react-dom.production.min.js "$target/react-dom.production.min.js"
cat > "$target/VERSIONS" <<VERSIONS
graphiql $graphiql_version
react $react_version
react-dom $react_version
VERSIONS
echo "GraphiQL $graphiql_version and React $react_version copied to $target"
