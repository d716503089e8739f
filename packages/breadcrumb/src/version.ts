/** Kept equal to package.json by scripts/sync-versions.mjs (checked by a test). */
export const version = '0.1.0';
