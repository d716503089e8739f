// Writes each widget README's API tables from the package's custom-elements.json (itself generated
// from the JSDoc), between <!-- api:start --> and <!-- api:end -->. With --check it only reports
// READMEs that are out of date and exits 1, so CI fails when docs drift from the code.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const check = process.argv.includes('--check');
const packagesDir = new URL('../packages', import.meta.url).pathname;
const start = '<!-- api:start -->';
const end = '<!-- api:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${String(text).replace(/\s*\n\s*/g, ' ')}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

function describeElement(declaration) {
  const attributes = declaration.attributes ?? [];
  const fieldsWithAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  const publicMembers = (declaration.members ?? []).filter(
    // The analyzer marks `declare`d fields "public"; only private and protected ones are left out.
    (member) =>
      (!member.privacy || member.privacy === 'public') && !member.static && !fieldsWithAttribute.has(member.name),
  );
  const sections = [`### \`<${declaration.tagName}>\``, '', declaration.summary ?? declaration.description ?? '', ''];
  const add = (title, headers, rows) => {
    const rendered = table(headers, rows);
    if (rendered) sections.push(`#### ${title}`, '', rendered);
  };
  add(
    'Attributes and properties',
    ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    attributes.map((attribute) => [
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.type?.text),
      code(attribute.default),
      attribute.description,
    ]),
  );
  add(
    'Other properties and methods',
    ['Name', 'Kind', 'Type', 'Description'],
    publicMembers.map((member) => [
      code(member.name),
      member.kind,
      code(member.type?.text ?? member.return?.type?.text),
      member.description,
    ]),
  );
  add(
    'Events',
    ['Event', 'Detail', 'Description'],
    (declaration.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description]),
  );
  add(
    'Slots',
    ['Slot', 'Description'],
    (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]),
  );
  add(
    'CSS parts',
    ['Part', 'Description'],
    (declaration.cssParts ?? []).map((part) => [code(part.name), part.description]),
  );
  add(
    'CSS custom properties',
    ['Property', 'Default', 'Description'],
    (declaration.cssProperties ?? []).map((property) => [
      code(property.name),
      code(property.default),
      property.description,
    ]),
  );
  return sections.join('\n').trimEnd();
}

const outdated = [];
for (const name of readdirSync(packagesDir)) {
  const manifestPath = join(packagesDir, name, 'custom-elements.json');
  const readmePath = join(packagesDir, name, 'README.md');
  if (!existsSync(manifestPath) || !existsSync(readmePath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const readme = readFileSync(readmePath, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) {
    outdated.push(`${name}: README.md lacks the ${start} … ${end} markers`);
    continue;
  }
  const generated = `${start}\n<!-- Generated from custom-elements.json by scripts/readme-api.mjs: edit the JSDoc, not this. -->\n\n${elements.map(describeElement).join('\n\n')}\n\n${end}`;
  // Formatted as `prettier --check` expects, so the two checks never disagree.
  const updated = await format(readme.slice(0, from) + generated + readme.slice(to + end.length), {
    ...(await resolveConfig(readmePath)),
    filepath: readmePath,
  });
  if (updated === readme) continue;
  if (check) outdated.push(`${name}: README.md API tables are out of date (run npm run docs)`);
  else writeFileSync(readmePath, updated);
}

if (outdated.length > 0) {
  console.error(outdated.join('\n'));
  process.exit(1);
}
