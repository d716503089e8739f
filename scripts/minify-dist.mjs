// Minifies the HTML inside html`` / svg`` and the CSS inside css`` literals of a package's dist, as
// Lit's own builds do: bundlers minify code but leave template text untouched, and it is a large
// share of the bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { parseLiterals } from 'parse-literals';

const distDir = join(process.cwd(), 'dist');

function* javascriptFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* javascriptFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/**
 * Whitespace-only CSS minification that cannot change meaning: comments go, runs of white space
 * shrink to one space, and spaces go only next to `{ } ; , >` and after `:`. (A full CSS minifier
 * was tried first; it rewrote `* + *` selectors and lost values next to template expressions.)
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyCssLiterals(source) {
  let result = source;
  const parts = parseLiterals(source)
    .filter((template) => template.tag === 'css')
    .flatMap((template) => template.parts)
    .sort((a, b) => b.start - a.start);
  // From the end backwards, so earlier offsets stay valid.
  for (const part of parts) result = result.slice(0, part.start) + minifyCss(part.text) + result.slice(part.end);
  return result;
}

const problems = [];
const warn = console.warn;
// minify-literals reports markup it cannot parse by a warning and then leaves the file as it was.
console.warn = (...args) => {
  const message = args.join(' ');
  // Irrelevant here: CSS is minified below, not by minify-literals.
  if (!message.includes('unsafeCSS() detected')) problems.push(message);
};

for (const file of javascriptFiles(distDir)) {
  const source = readFileSync(file, 'utf8');
  const html = await minifyHTMLLiterals(source, {
    fileName: file,
    generateSourceMap: false,
    shouldMinifyCSS: () => false,
    // In svg`` fragments a self-closed shape without its slash swallows the shapes after it.
    minifyOptions: { keepClosingSlash: true },
  });
  const minified = minifyCssLiterals(html?.code ?? source);
  if (minified !== source) writeFileSync(file, minified);
}

console.warn = warn;
if (problems.length > 0) {
  console.error(`Template literals could not be minified:\n${problems.join('\n')}`);
  process.exit(1);
}
