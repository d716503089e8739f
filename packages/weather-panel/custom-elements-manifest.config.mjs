import { dropPrivateMembers } from '../../scripts/cem-plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropPrivateMembers()],
};
