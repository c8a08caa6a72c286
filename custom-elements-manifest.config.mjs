// The analyzer's settings for `npm run manifest` (scripts/manifest.mjs), which writes
// custom-elements.json from the components' JSDoc and Lit properties; `npm test` checks that
// the committed file and the reference tables in docs/ agree with it.

/** Drops what the analyzer reads from the code but is not public: state properties and unnamed events. */
const publicSurfaceOnly = {
  name: 'quartier-widgets:public-surface',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const hidden = new Set(
          (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
        );
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
};

export default {
  globs: ['src/components/*/*.component.ts', 'src/internal/feed-element.ts', 'src/internal/event-fact-filters.ts'],
  litelement: true,
  // package.json names the committed file; the analyzer would point it at its scratch folder.
  packagejson: false,
  plugins: [publicSurfaceOnly],
};
