/**
 * `npm run manifest`: writes `custom-elements.json` from the elements' class JSDoc (the API doc),
 * for editors and docs tools (package.json `customElements`). The analyzer's Lit support reads
 * `static properties`; the plugin below fills what it cannot know on its own:
 * - `state: true` properties are internal, not attributes;
 * - event types come from `SgEventMap` and the `GlobalEventHandlersEventMap` declarations;
 * - a CSS custom property's default is the first `Default \`…\`` in its description;
 * - module paths point at the published `dist/lib/**.js` files, not the TypeScript sources;
 * - modules that neither declare nor define an element are left out.
 */
export default {
  globs: ['src/elements/*/*.ts', 'src/elements/events.ts'],
  exclude: ['**/*.styles.ts', '**/*.browser.test.ts'],
  outdir: '.',
  // package.json names the manifest itself: the analyzer would otherwise rewrite that field with
  // whatever --outdir it ran with (the embed test builds one in a temporary folder).
  packagejson: false,
  litelement: true,
  plugins: [embedApiPlugin()],
};

function embedApiPlugin() {
  /** Class name → names of its `state: true` properties. */
  const states = new Map();
  /** Event name → its `detail` type as declared in GlobalEventHandlersEventMap. */
  const eventTypes = new Map();

  return {
    name: 'stakeholder-graph-api',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const properties = node.members.find(
          (member) => member.name?.getText() === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword),
        );
        const object = properties?.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) return;
        const names = object.properties
          .filter((p) => ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer))
          .filter((p) =>
            p.initializer.properties.some((o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword),
          )
          .map((p) => p.name.getText());
        states.set(node.name.getText(), new Set(names));
      }
      // The event map is declared once (SgEventMap: name → detail type) and the global map derived
      // from it; other modules still add members to GlobalEventHandlersEventMap directly.
      if (ts.isInterfaceDeclaration(node) && node.name.getText() === 'SgEventMap') {
        for (const member of node.members) {
          if (member.name && member.type)
            eventTypes.set(member.name.getText().replace(/^['"]|['"]$/g, ''), `CustomEvent<${member.type.getText()}>`);
        }
      }
      if (ts.isInterfaceDeclaration(node) && node.name.getText() === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (member.name && member.type) eventTypes.set(member.name.getText().replace(/^['"]|['"]$/g, ''), member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) =>
          module.declarations?.some((d) => d.customElement) || module.exports?.some((e) => e.kind === 'custom-element-definition'),
      );
      for (const module of customElementsManifest.modules) {
        module.path = publishedPath(module.path);
        for (const entry of module.exports ?? [])
          if (entry.declaration?.module) entry.declaration.module = publishedPath(entry.declaration.module);
        module.declarations = module.declarations?.filter((d) => d.customElement) ?? [];
        for (const declaration of module.declarations) {
          // A member declared on a base class (graph-attributes.ts) is internal by that class's list.
          const isInternal = (name, from) => (states.get(from?.name ?? declaration.name) ?? new Set()).has(name);
          declaration.attributes = declaration.attributes?.filter((attribute) => !isInternal(attribute.fieldName, attribute.inheritedFrom));
          for (const member of declaration.members ?? []) {
            if (!isInternal(member.name, member.inheritedFrom)) continue;
            delete member.attribute;
            delete member.reflects;
          }
          for (const event of declaration.events ?? []) {
            const type = eventTypes.get(event.name);
            if (type && (!event.type || event.type.text === 'CustomEvent')) event.type = { text: type };
          }
          for (const property of declaration.cssProperties ?? []) {
            const match = /Default `([^`]+)`/.exec(property.description ?? '');
            if (match && property.default === undefined) property.default = match[1];
          }
        }
      }
    },
  };
}

/** `src/elements/x/x.component.ts` (or `/src/…/x.component`) → `dist/lib/elements/x/x.component.js`. */
function publishedPath(path) {
  return path.replace(/^\/?src\//, 'dist/lib/').replace(/(\.ts)?$/, '.js');
}
