// Render benchmark of issue 3: N article cards as plain DOM (the floor), as <pw-article-card> and as
// Shoelace's <sl-card>, in headless Chromium, timed to the first painted frame. Prints figures and
// exits 0; --check also compares them with the goals and exits 1 when one is missed.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const allVariants = ['floor', 'lit', 'card', 'sl-card'];
const counts = [1000, 200];
const heapCount = 1000;

const { values: options } = parseArgs({
  options: {
    samples: { type: 'string', default: '15' },
    'heap-samples': { type: 'string', default: '3' },
    variants: { type: 'string', default: allVariants.join(',') },
    check: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const samples = Number(options.samples);
const heapSamples = Number(options['heap-samples']);
const variants = options.variants.split(',');
if (!(samples >= 1 && heapSamples >= 1)) throw new Error('--samples and --heap-samples take a number from 1 up');
for (const variant of variants) {
  if (!allVariants.includes(variant)) throw new Error(`unknown variant ${variant} (known: ${allVariants.join(', ')})`);
}

const goals = { ratio1000: 1.25, ratio200: 1.4, heapKiB: 25 };

const emptyModule = {
  name: 'skip-article-card',
  setup(context) {
    context.onResolve({ filter: /^@portal-widgets\/article-card$/ }, () => ({ path: 'skipped', namespace: 'empty' }));
    // The Lit floor borrows the card's style sheet; without the card it has none (and is not run).
    context.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({
      contents: 'export const ArticleCard = {};',
      loader: 'js',
    }));
  },
};

/** The page bundle, unminified so a profile can name the module each function comes from. */
async function bundle() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('page.js', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // `--variants floor,sl-card` works before the card package has been built.
    plugins: variants.includes('card') || variants.includes('lit') ? [] : [emptyModule],
  });
  return result.outputFiles[0].text;
}

function pageHtml(variant) {
  const theme = variant === 'sl-card' ? '<link rel="stylesheet" href="/light.css">' : '';
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <link rel="icon" href="data:,">
    <title>Card render benchmark: ${variant}</title>
    ${theme}
    <link rel="stylesheet" href="/page.css">
    <script type="module" src="/page.js"></script>
  </head>
  <body><main id="root"></main></body>
</html>`;
}

const image =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#9fb3c8"/></svg>';

async function serve(script) {
  const files = {
    '/page.js': ['text/javascript', script],
    '/page.css': ['text/css', readFileSync(new URL('page.css', import.meta.url))],
    '/light.css': [
      'text/css',
      readFileSync(fileURLToPath(import.meta.resolve('@shoelace-style/shoelace/dist/themes/light.css'))),
    ],
    '/image.svg': ['image/svg+xml', image],
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [type, body] =
      url.pathname === '/'
        ? ['text/html', pageHtml(url.searchParams.get('variant') ?? 'floor')]
        : (files[url.pathname] ?? []);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'max-age=3600' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** A fresh context and page per sample: nothing cached in the renderer, its own heap. */
async function withPage(browser, origin, variant, use) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[${variant}] page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        console.error(`[${variant}] console ${message.type()}: ${message.text()}`);
      }
    });
    await page.goto(`${origin}/?variant=${variant}`);
    await page.waitForFunction(() => typeof window.bench === 'function');
    return await use(page, context);
  } finally {
    await context.close();
  }
}

const render = (page, variant, count) => page.evaluate(([name, n]) => window.bench(name, n), [variant, count]);

/** Throws unless the page shows `count` cards whose first one reads as expected. */
async function verify(page, variant, count) {
  const shown = await page.evaluate(() => document.getElementById('root').children.length);
  const text = await page.evaluate(() => window.firstCardText());
  for (const expected of ['Tin 1: Ủy ban nhân dân tỉnh', 'Chuyển đổi số', 'Văn phòng UBND tỉnh', '15/03/2025']) {
    if (!text.includes(expected)) throw new Error(`${variant}: the first card lacks "${expected}": "${text}"`);
  }
  if (shown !== count) throw new Error(`${variant}: ${shown} cards shown, ${count} expected`);
}

function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75) };
}

/**
 * Bytes in use after a full collection: the V8 (JS) heap, and the JS heap plus Blink's Oilpan heap,
 * which holds the DOM nodes and the style and layout objects of the rendered cards.
 */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, all: usage.usedSize + (usage.embedderHeapUsedSize ?? 0) };
}

/** Self time of one render by source module (from esbuild's `// path` markers) and function. */
function profileSummary(profile, script) {
  const lines = script.split('\n');
  const moduleAt = [];
  let current = '(page)';
  for (const line of lines) {
    const marker = /^\/\/ (\S+\.(?:js|ts|mjs))$/.exec(line);
    if (marker) current = marker[1].replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
    moduleAt.push(current);
  }
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const { callFrame } = nodes.get(id);
    const where = callFrame.url.endsWith('/page.js') ? moduleAt[callFrame.lineNumber] : callFrame.url || '';
    const key = `${callFrame.functionName || '(anonymous)'}  ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

const script = await bundle();
const { server, origin } = await serve(script);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
  headless: true,
});

try {
  const started = performance.now();
  const times = new Map(variants.flatMap((variant) => counts.map((count) => [`${variant}@${count}`, []])));

  // Warm-up (discarded), then rounds that rotate the variant order so drift hits all of them alike.
  for (let round = -1; round < samples; round += 1) {
    const shift = Math.max(round, 0) % variants.length;
    const order = [...variants.slice(shift), ...variants.slice(0, shift)];
    for (const count of round % 2 === 0 ? counts : [...counts].reverse()) {
      for (const variant of order) {
        const sample = await withPage(browser, origin, variant, async (page) => {
          const elapsed = await render(page, variant, count);
          if (round === -1) await verify(page, variant, count);
          return elapsed;
        });
        if (round >= 0) times.get(`${variant}@${count}`).push(sample);
      }
    }
  }

  const heap = new Map();
  for (const variant of variants) {
    const perCard = [];
    for (let sample = 0; sample < heapSamples; sample += 1) {
      perCard.push(
        await withPage(browser, origin, variant, async (page, context) => {
          const cdp = await context.newCDPSession(page);
          const before = await heapAfterGc(cdp);
          await render(page, variant, heapCount);
          const after = await heapAfterGc(cdp);
          const kib = (key) => (after[key] - before[key]) / heapCount / 1024;
          return { js: kib('js'), all: kib('all') };
        }),
      );
    }
    heap.set(variant, {
      js: summarize(perCard.map((sample) => sample.js)).median,
      all: summarize(perCard.map((sample) => sample.all)).median,
    });
  }

  const stats = new Map(
    [...times].map(([key, values]) => [
      key,
      {
        frame: summarize(values.map((sample) => sample.frame)),
        layout: summarize(values.map((sample) => sample.layout)),
        script: summarize(values.map((sample) => sample.script)),
      },
    ]),
  );
  const floorMedian = (count, metric = 'frame') => stats.get(`floor@${count}`)?.[metric].median;
  const ratio = (value, count, metric) =>
    floorMedian(count, metric) === undefined ? undefined : value / floorMedian(count, metric);
  const format = (value, digits = 1) => (value === undefined ? '—' : value.toFixed(digits));

  const version = browser.version();
  console.log(`\nCard render benchmark — Chromium ${version}, ${samples} samples per cell\n`);
  console.log(
    '| variant | N | median ms | p25–p75 ms | × floor | to layout ms | × floor | script ms | JS+DOM heap KiB/card | JS heap KiB/card |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const count of counts) {
    for (const variant of variants) {
      const { frame, layout, script } = stats.get(`${variant}@${count}`);
      const kib = (key) => (count === heapCount ? format(heap.get(variant)[key]) : '—');
      console.log(
        `| ${variant} | ${count} | ${format(frame.median)} | ${format(frame.p25)}–${format(frame.p75)} | ` +
          `${format(ratio(frame.median, count, 'frame'), 2)} | ${format(layout.median)} | ` +
          `${format(ratio(layout.median, count, 'layout'), 2)} | ${format(script.median)} | ${kib('all')} | ${kib('js')} |`,
      );
    }
  }
  console.log(
    '\nmedian ms: start of creation to the first painted frame (the goals use this); to layout: to the end ' +
      'of a forced style and layout, without the wait for the frame tick; script: to the end of creation and ' +
      'the render microtasks, before style and layout.',
  );

  const results = [];
  const cardMedian = (count) => stats.get(`card@${count}`)?.frame.median;
  if (variants.includes('card') && variants.includes('floor')) {
    results.push(['card ≤ 1.25× floor at N=1000', cardMedian(1000) / floorMedian(1000), goals.ratio1000]);
    results.push(['card ≤ 1.4× floor at N=200', cardMedian(200) / floorMedian(200), goals.ratio200]);
  }
  if (variants.includes('card')) {
    const others = variants
      .filter((variant) => variant !== 'card')
      .map((variant) => `${variant} ${format(heap.get(variant).all)}`);
    const context = others.length > 0 ? ` (${others.join(', ')})` : '';
    results.push([`card ≤ 25 KiB JS+DOM heap per card${context}`, heap.get('card').all, goals.heapKiB]);
  }
  if (variants.includes('card') && variants.includes('sl-card')) {
    for (const count of counts) {
      const sl = stats.get(`sl-card@${count}`).frame.median;
      results.push([`card faster than sl-card at N=${count} (card ÷ sl-card)`, cardMedian(count) / sl, 1]);
    }
  }
  console.log('\nGoals (issue 3):\n');
  for (const [goal, value, limit] of results) {
    console.log(`- ${value <= limit ? 'met   ' : 'MISSED'} ${goal}: ${format(value, 2)}`);
  }
  if (variants.includes('lit') && variants.includes('card') && variants.includes('floor')) {
    // What Lit and a shadow root cost by themselves, and what the card's own work adds on top.
    console.log('\nThe Lit floor (a minimal Lit card with the same shadow structure and style sheet):\n');
    for (const count of counts) {
      const lit = stats.get(`lit@${count}`).frame.median;
      console.log(
        `- N=${count}: lit ${format(lit / floorMedian(count), 2)}× floor; card ${format(cardMedian(count) / lit, 2)}× lit`,
      );
    }
    console.log(`- heap: lit ${format(heap.get('lit').all)} KiB per card, card ${format(heap.get('card').all)} KiB`);
  }
  console.log(`\nRun time ${((performance.now() - started) / 1000).toFixed(0)} s.`);

  if (options.profile) {
    for (const variant of variants) {
      const profile = await withPage(browser, origin, variant, async (page, context) => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await render(page, variant, heapCount);
        return (await cdp.send('Profiler.stop')).profile;
      });
      console.log(
        `\nProfile, ${variant} at N=${heapCount}: self time in ms, sampled every 0.1 ms ` +
          "(bench's own is mostly the forced style and layout; (program) is other native work)\n",
      );
      for (const [name, ms] of profileSummary(profile, script).slice(0, 20)) {
        console.log(`${ms.toFixed(1).padStart(7)}  ${name}`);
      }
    }
  }

  if (options.check && results.some(([, value, limit]) => !(value <= limit))) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
