// Generates custom-elements.json from the elements' JSDoc: `npm run analyze`.

/** The names of a node's JSDoc tags (`internal`, `private`…). */
const jsDocTags = (node) => (node.jsDoc ?? []).flatMap((doc) => (doc.tags ?? []).map((tag) => tag.tagName.getText()));

/**
 * The elements declare their reactive properties in Lit's `static properties`, each with a `declare`
 * field that carries its type and JSDoc, and its default assigned in the constructor. The analyzer's
 * Lit support reads `static properties` but makes every entry a public field with an attribute of
 * its name: this puts each entry back the way its field says.
 * - A field marked `@internal` (or `@ignore`), such as private reactive state, is left out, with its attribute.
 * - `state: true` (Lit's internal state) has no attribute.
 * - A field without an access modifier is listed without `privacy`, like every other public field.
 */
function litStaticPropertiesPlugin() {
  return {
    name: 'coalition-lit-static-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
      );
      const entries = properties?.initializer && ts.isObjectLiteralExpression(properties.initializer) ? properties.initializer.properties : [];
      const classDoc = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.getText());
      if (!classDoc) return;
      for (const entry of entries) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const name = entry.name.getText();
        const isState = entry.initializer.properties.some(
          (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        const field = node.members.find(
          (m) => ts.isPropertyDeclaration(m) && m.name.getText() === name && !m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
        );
        const tags = field ? jsDocTags(field) : [];
        const member = classDoc.members?.find((m) => m.kind === 'field' && m.name === name && !m.static);
        const dropAttribute = () => {
          classDoc.attributes = classDoc.attributes?.filter((a) => a.fieldName !== name);
          if (member) delete member.attribute;
        };
        if (tags.includes('internal') || tags.includes('ignore')) {
          dropAttribute();
          classDoc.members = classDoc.members?.filter((m) => m !== member);
          continue;
        }
        if (isState) dropAttribute();
        const access = [ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword];
        const explicit = field?.modifiers?.some((x) => access.includes(x.kind)) || tags.some((t) => ['public', 'private', 'protected'].includes(t));
        if (member && field && !explicit && member.privacy === 'public') delete member.privacy;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Only what a page uses: the command line and the embed builder's helpers are not part of it.
  exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/cli/**', 'src/builder/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [
    litStaticPropertiesPlugin(),
    {
      name: 'coalition-no-private-members',
      // A page, an editor or Storybook's controls can use only what is public or protected: private
      // members (ES `#private` ones included) are left out of the manifest.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.members) d.members = d.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
          }
        }
      },
    },
    {
      name: 'coalition-sorted-modules',
      // The files are read in the file system's order, which differs from one checkout to another:
      // sorted by path, the manifest is the same everywhere, and CI can compare it with the committed one.
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
