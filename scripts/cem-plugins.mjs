// Custom-elements-manifest analyzer plugins shared by every package's config.

/** Lit `state: true` fields declared in `static properties` are internal: not attributes, not API. */
export function dropPrivateAttributes() {
  return {
    name: 'portal-widgets-drop-private-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const privateFields = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !privateFields.has(attribute.fieldName),
            );
          }
        }
      }
    },
  };
}
