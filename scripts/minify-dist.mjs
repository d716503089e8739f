// Minifies the HTML and CSS inside html`` / css`` / svg`` literals of a package's dist, as Lit's own
// builds do: bundlers minify code but leave template text untouched, and it is a large share of bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultShouldMinifyCSS, minifyHTMLLiterals } from 'minify-literals';

const distDir = join(process.cwd(), 'dist');

function* javascriptFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* javascriptFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

for (const file of javascriptFiles(distDir)) {
  const source = readFileSync(file, 'utf8');
  const result = await minifyHTMLLiterals(source, {
    fileName: file,
    generateSourceMap: false,
    // A lone value such as css`var(--pw-radius, 4px)` (a design token) is not a stylesheet.
    shouldMinifyCSS: (template) => defaultShouldMinifyCSS(template) && !/^\s*var\(/.test(template.parts[0]?.text ?? ''),
  });
  if (result) writeFileSync(file, result.code);
}
