// Custom-elements-manifest analyzer plugins shared by every package's config.

/**
 * Private members (Lit `state: true` fields among them) are not API: drop them, and the attributes
 * the analyzer derives from them, so docs and Storybook controls show only what users may touch.
 */
export function dropPrivateMembers() {
  return {
    name: 'portal-widgets-drop-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const privateFields = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          );
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected',
            );
          }
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
