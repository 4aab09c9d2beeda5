// Starts GraphiQL against this registry's own endpoint. Paste a token into the Headers tab as
// {"Authorization": "Bearer <token>"} once authentication is enabled.
(function () {
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const defaultQuery = `# GraphRegistry: the national social registry.
# Personal fields are encrypted at rest and decrypted only when a query asks for them.
query FirstHouseholds {
  households(first: 5) {
    totalCount
    edges {
      node {
        id
        region { nameLatin }
        milieu
        size
        members { relationship person { firstNameLatin lastNameLatin birthDate } }
      }
    }
  }
}
`;
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
})();
