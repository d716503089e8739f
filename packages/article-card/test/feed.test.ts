// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Article } from '../src/article.js';
import { detectFeedFormat, FeedError, parseFeed, summaryMaxLength } from '../src/feed.js';

function fixture(name: string): string {
  return readFileSync(`${import.meta.dirname}/fixtures/${name}`, 'utf8');
}

function rss(items: string, namespaces = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${namespaces}><channel><title>Tin</title>${items}</channel></rss>`;
}

function feedError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

const portalFeed = 'https://tinh.gov.vn/rss/tin-tuc.rss';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('detectFeedFormat', () => {
  it.each([
    ['RSS 2.0', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'rss'],
    [
      'RSS 1.0',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"/>',
      'rss',
    ],
    ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'atom'],
    ['prefixed Atom', '<a:feed xmlns:a="http://www.w3.org/2005/Atom"/>', 'atom'],
    ['Atom without namespace but with entries', '<feed><entry><title>x</title></entry></feed>', 'atom'],
    ['JSON Feed 1.1', '{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}', 'json'],
    ['JSON Feed 1.0 without items', '{"version": "https://jsonfeed.org/version/1"}', 'json'],
    ['JSON with an items array', '{"items": [{"title": "x"}]}', 'json'],
    ['a byte order mark and blank lines first', '\ufeff\n\n  <?xml version="1.0"?>\n<rss/>', 'rss'],
    [
      'a stylesheet, comment and doctype first',
      '<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><!-- x --><!DOCTYPE rss [<!ENTITY a "b">]><rss/>',
      'rss',
    ],
  ])('recognises %s', (_, text, format) => {
    expect(detectFeedFormat(text)).toBe(format);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html lang="vi"><head><title>Trang chủ</title></head></html>'],
    ['XHTML', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>'],
    ['another XML document', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>'],
    ['an RDF document that is not RSS', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'],
    ['other JSON', '{"data": [1, 2, 3]}'],
    ['a JSON array', '[{"title": "x"}]'],
    ['JSON that does not parse', '{"items": ['],
    ['plain text', 'Service Unavailable'],
    ['nothing', ''],
  ])('does not take %s for a feed', (_, text) => {
    expect(detectFeedFormat(text)).toBeUndefined();
  });

  it('lets the content decide over the content type', () => {
    expect(detectFeedFormat('<rss version="2.0"/>', 'application/json')).toBe('rss');
    expect(detectFeedFormat('{"items": []}', 'application/rss+xml')).toBe('json');
    expect(detectFeedFormat('<!DOCTYPE html><html></html>', 'application/rss+xml')).toBeUndefined();
  });

  it('uses the content type where the content leaves it open', () => {
    expect(detectFeedFormat('<feed><title>x</title></feed>')).toBeUndefined();
    expect(detectFeedFormat('<feed><title>x</title></feed>', 'application/atom+xml; charset=utf-8')).toBe('atom');
    expect(detectFeedFormat('{"title": "x"}', 'application/feed+json')).toBe('json');
    expect(detectFeedFormat('{"items": [', 'application/feed+json')).toBe('json');
  });
});

describe('parseFeed: RSS 2.0 from a provincial portal', () => {
  const articles = (): Article[] => parseFeed(fixture('feed-rss.xml'), portalFeed, 'application/rss+xml');

  it('keeps feed order and skips the item without a title', () => {
    expect(articles().map((article) => article.headline)).toEqual([
      'Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025',
      'Thông báo tuyển dụng viên chức năm 2025',
      'Khai mạc Lễ hội Văn hóa – Du lịch biển năm 2025',
      'Lịch tiếp công dân của Chủ tịch UBND tỉnh tháng 6/2025',
      'Liên kết không an toàn bị loại bỏ',
      'Quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến năm 2050',
    ]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^<pw-article-list> src\[5\]: missing headline/));
  });

  it('reads a CDATA item: entities decoded, script, style and comment dropped, relative links resolved', () => {
    expect(articles()[0]).toEqual({
      headline: 'Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025',
      href: 'https://tinh.gov.vn/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-6-thang-cuoi-nam-2025-12345.html',
      summary:
        'Sáng 10/6, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 và các chỉ tiêu chủ yếu.',
      image: 'https://tinh.gov.vn/uploads/2025/06/hoi-nghi-6-thang.jpg',
      imageAlt: 'Quang cảnh hội nghị',
      published: '2025-06-10T01:30:00.000Z',
      author: 'Ngọc Anh',
      category: 'Tin tức - Sự kiện',
    } satisfies Article);
  });

  it('reads double-escaped HTML, an enclosure image, a day-first date and "email (Name)" authors', () => {
    expect(articles()[1]).toEqual({
      headline: 'Thông báo tuyển dụng viên chức năm 2025',
      href: 'https://tinh.gov.vn/thong-bao/tuyen-dung-vien-chuc-2025-12346.html',
      summary: 'Sở Nội vụ thông báo tuyển dụng "viên chức" & người lao động. Hạn nộp hồ sơ: 30/6/2025.',
      image: 'https://tinh.gov.vn/uploads/2025/06/tuyen-dung.png',
      published: '2025-06-10T07:00:00.000Z',
      author: 'Ban Biên tập',
      category: 'Thông báo',
    } satisfies Article);
  });

  it('takes a media:content image with its media:description as alt, not an audio enclosure; no date stays no date', () => {
    const article = articles()[2];
    expect(article?.image).toBe('https://cdn.tinh.gov.vn/media/le-hoi-bien.jpg');
    expect(article?.imageAlt).toBe('Màn trình diễn pháo hoa trên biển');
    expect(article?.summary).toBe('Tối 9/6, tại Quảng trường trung tâm, tỉnh tổ chức khai mạc Lễ hội…');
    expect(article).not.toHaveProperty('published');
  });

  it('links through a permalink guid, finds a lazy-loaded image, and marks an alt that repeats the headline decorative', () => {
    const article = articles()[3];
    expect(article?.href).toBe('https://tinh.gov.vn/lich-tiep-cong-dan-thang-6-2025-12348.html');
    expect(article?.image).toBe('https://tinh.gov.vn/uploads/2025/06/lich-tiep-cong-dan.jpg');
    expect(article?.imageAlt).toBe('');
    expect(article).not.toHaveProperty('published');
    expect(article?.summary).toBe('Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng.');
  });

  it('drops javascript: links and images with a named warning, keeping the item', () => {
    const article = articles()[4];
    expect(article).toEqual({
      headline: 'Liên kết không an toàn bị loại bỏ',
      summary: 'Mục này có đường dẫn javascript: và vẫn hiện, nhưng không có liên kết.',
      published: '2025-06-09T16:45:00.000Z',
    } satisfies Article);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^<pw-article-list> src\[4\]\.href: unsafe .* javascript:alert\(document\.cookie\)/),
    );
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^<pw-article-list> src\[4\]\.image: unsafe/));
  });

  it('summarises content:encoded, cut at a word with an ellipsis', () => {
    const article = articles()[5];
    expect(article?.summary?.startsWith('Mục tiêu tổng quát Đến năm 2030, tỉnh trở thành')).toBe(true);
    expect(article?.summary?.endsWith('…')).toBe(true);
    expect(article?.summary?.length).toBeLessThanOrEqual(summaryMaxLength);
    expect(article?.published).toBe('2025-06-08T00:05:00.000Z');
    expect(article?.author).toBe('Phòng Tổng hợp');
  });

  it('never yields an unsafe URL or an unparsable date', () => {
    for (const article of articles()) {
      for (const url of [article.href, article.image]) {
        if (url !== undefined) expect(url).toMatch(/^https:\/\//);
      }
      if (article.published !== undefined) expect(Number.isNaN(Date.parse(article.published))).toBe(false);
    }
  });
});

describe('parseFeed: RSS quirks', () => {
  it('stops after `limit` articles; entries without a headline do not count', () => {
    const items = ['<item><title>a</title></item>', '<item><link>/x</link></item>', '<item><title>b</title></item>'];
    const text = rss([...items, ...Array.from({ length: 50 }, (_, i) => `<item><title>${i}</title></item>`)].join(''));
    expect(parseFeed(text, portalFeed, null, { limit: 2 }).map((article) => article.headline)).toEqual(['a', 'b']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('drops obfuscated and other unsafe schemes', () => {
    const items = [
      '<item><title>a</title><link>jav&#x09;ascript:alert(1)</link></item>',
      '<item><title>b</title><link><![CDATA[ JaVaScRiPt:alert(1)]]></link></item>',
      '<item><title>c</title><link>vbscript:msgbox(1)</link></item>',
      '<item><title>d</title><link>data:text/html;base64,PHNjcmlwdD4=</link></item>',
      '<item><title>e</title><link>https://tinh.gov.vn/ok.html</link><enclosure url="data:image/svg+xml,&lt;svg/&gt;" type="image/svg+xml"/></item>',
    ].join('');
    const articles = parseFeed(rss(items), portalFeed);
    expect(articles.map((article) => article.href)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'https://tinh.gov.vn/ok.html',
    ]);
    expect(articles[4]?.image).toBeUndefined();
  });

  it('keeps mailto: and tel: links', () => {
    const items = '<item><title>Đường dây nóng</title><link>tel:+842331234567</link></item>';
    expect(parseFeed(rss(items), portalFeed)[0]?.href).toBe('tel:+842331234567');
  });

  it('repairs HTML entities, bare ampersands, pasted control characters and undeclared prefixes', () => {
    const items =
      '<item><title>Th&ocirc;ng b&aacute;o&nbsp;s&#7889; 12 &mdash; R&D\u000b</title>' +
      '<link>https://tinh.gov.vn/tin?id=1&page=2</link>' +
      '<description><![CDATA[Giữ nguyên: &ecirc; & <b>đậm</b>]]></description>' +
      '<media:thumbnail url="/anh/nho.jpg"/><dc:creator>Hải Đăng</dc:creator></item>';
    expect(parseFeed(rss(items), portalFeed)).toEqual([
      {
        headline: 'Thông báo số 12 — R&D',
        href: 'https://tinh.gov.vn/tin?id=1&page=2',
        summary: 'Giữ nguyên: ê & đậm',
        image: 'https://tinh.gov.vn/anh/nho.jpg',
        author: 'Hải Đăng',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) with dc:date and rdf:about', () => {
    const text = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://tinh.gov.vn/"><title>Tin</title></channel>
        <item rdf:about="https://tinh.gov.vn/bai-1.html">
          <title>Bài một</title>
          <dc:date>2025-06-10T08:00:00+07:00</dc:date>
          <dc:subject>Nông nghiệp</dc:subject>
        </item>
        <item rdf:about="https://tinh.gov.vn/bai-2.html"><title>Bài hai</title><link>https://tinh.gov.vn/bai-2b.html</link></item>
      </rdf:RDF>`;
    expect(parseFeed(text, portalFeed)).toEqual([
      {
        headline: 'Bài một',
        href: 'https://tinh.gov.vn/bai-1.html',
        published: '2025-06-10T01:00:00.000Z',
        category: 'Nông nghiệp',
      },
      { headline: 'Bài hai', href: 'https://tinh.gov.vn/bai-2b.html' },
    ]);
  });

  it('prefers the FeedBurner original link over the tracking one', () => {
    const items =
      '<item><title>x</title><link>https://feeds.example/~r/tinh/~3/abc</link>' +
      '<feedburner:origLink>https://tinh.gov.vn/bai.html</feedburner:origLink></item>';
    const text = rss(items, ' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"');
    expect(parseFeed(text, portalFeed)[0]?.href).toBe('https://tinh.gov.vn/bai.html');
  });

  it('does not take a guid that is not a permalink for a link', () => {
    const items =
      '<item><title>a</title><guid isPermaLink="false">https://tinh.gov.vn/id/1</guid></item>' +
      '<item><title>b</title><guid>tinh-gov-vn-2</guid></item>';
    expect(parseFeed(rss(items), portalFeed).map((article) => article.href)).toEqual([undefined, undefined]);
  });

  it('ignores non-image enclosures and media, and images in media:group count', () => {
    const items =
      '<item><title>a</title><enclosure url="/tai-lieu/quyet-dinh.pdf" length="1"/>' +
      '<media:content url="/video.mp4" type="video/mp4"/>' +
      '<media:group><media:content url="/anh/lon.jpg" type="image/jpeg"><media:description type="html">&lt;i&gt;Toàn cảnh&lt;/i&gt;</media:description></media:content></media:group></item>';
    const [article] = parseFeed(rss(items, ' xmlns:media="http://search.yahoo.com/mrss/"'), portalFeed);
    expect(article?.image).toBe('https://tinh.gov.vn/anh/lon.jpg');
    expect(article?.imageAlt).toBe('Toàn cảnh');
  });

  it('leaves a bare email author out and keeps plain-text authors', () => {
    const items =
      '<item><title>a</title><author>toasoan@tinh.gov.vn</author></item>' +
      '<item><title>b</title><author>Trung tâm Truyền thông tỉnh</author></item>' +
      '<item><title>c</title><author>Lê Văn Tám &lt;tam@tinh.gov.vn&gt;</author></item>';
    expect(parseFeed(rss(items), portalFeed).map((article) => article.author)).toEqual([
      undefined,
      'Trung tâm Truyền thông tỉnh',
      'Lê Văn Tám',
    ]);
  });

  it('resolves a relative feed URL against the page first', () => {
    const items = '<item><title>a</title><link>bai-viet.html</link></item>';
    const expected = new URL('/rss/bai-viet.html', document.baseURI).href;
    expect(parseFeed(rss(items), '/rss/tin-tuc.rss')[0]?.href).toBe(expected);
  });

  it('reads an empty channel as no articles', () => {
    expect(parseFeed(rss(''), portalFeed)).toEqual([]);
  });
});

describe('parseFeed: Atom', () => {
  const articles = (): Article[] => parseFeed(fixture('feed-atom.xml'), 'https://soyte.tinh.gov.vn/feed.atom');

  it('reads html titles and summaries, enclosures, categories, the feed author and both dates', () => {
    expect(articles()[0]).toEqual({
      headline: 'Tăng cường phòng, chống dịch sốt xuất huyết & tay chân miệng',
      href: 'https://soyte.tinh.gov.vn/tin-hoat-dong/phong-chong-sot-xuat-huyet-1001.html',
      summary: 'Ngành y tế triển khai đồng bộ các biện pháp phòng, chống dịch.',
      image: 'https://soyte.tinh.gov.vn/uploads/phun-thuoc-diet-muoi.jpg',
      published: '2025-06-10T01:00:00.000Z',
      updatedAt: '2025-06-10T02:30:00.000Z',
      author: 'Văn phòng Sở Y tế',
      category: 'Phòng, chống dịch',
    } satisfies Article);
  });

  it('resolves against xml:base, reads xhtml content and its image, and uses updated when published is missing', () => {
    expect(articles()[1]).toEqual({
      headline: 'Khám sàng lọc miễn phí cho người cao tuổi',
      href: 'https://soyte.tinh.gov.vn/kham-chua-benh/kham-sang-loc-nguoi-cao-tuoi-1002.html',
      summary: 'Hơn 500 người cao tuổi được khám sàng lọc các bệnh không lây nhiễm & tư vấn dinh dưỡng.',
      image: 'https://soyte.tinh.gov.vn/kham-chua-benh/anh/kham-sang-loc.jpg',
      imageAlt: 'Bác sĩ khám cho người cao tuổi',
      published: '2025-06-09T15:20:00.000Z',
      author: 'Bệnh viện Đa khoa tỉnh',
      category: 'kham-chua-benh',
    } satisfies Article);
  });

  it('reads an xhtml title, keeps markup-like text of type text as text, and leaves a garbage date out', () => {
    expect(articles()[2]).toEqual({
      headline: 'Lịch tiêm chủng mở rộng tháng 6',
      href: 'https://soyte.tinh.gov.vn/tiem-chung/lich-thang-6-1003.html',
      summary: 'Trẻ dưới 1 tuổi được tiêm đủ các mũi vắc xin theo lịch. <b> là văn bản, không phải thẻ.',
      image: 'https://soyte.tinh.gov.vn/uploads/tiem-chung-thumb.jpg',
      author: 'Văn phòng Sở Y tế',
    } satisfies Article);
  });

  it('skips the entry with an empty title', () => {
    expect(articles()).toHaveLength(3);
  });

  it('reads Atom 0.3 and a prefixed Atom feed', () => {
    const atom03 = `<feed version="0.3" xmlns="http://purl.org/atom/ns#">
      <entry><title mode="escaped">Tin &amp;amp; ảnh</title><link rel="alternate" type="text/html" href="https://tinh.gov.vn/a"/>
      <issued>2025-06-10T08:00:00+07:00</issued><modified>2025-06-11T08:00:00+07:00</modified></entry></feed>`;
    expect(parseFeed(atom03, portalFeed)).toEqual([
      {
        headline: 'Tin & ảnh',
        href: 'https://tinh.gov.vn/a',
        published: '2025-06-10T01:00:00.000Z',
        updatedAt: '2025-06-11T01:00:00.000Z',
      },
    ]);
    const prefixed = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title>Tin</a:title>
      <a:link href="/b"/></a:entry></a:feed>`;
    expect(parseFeed(prefixed, portalFeed)).toEqual([{ headline: 'Tin', href: 'https://tinh.gov.vn/b' }]);
  });

  it('drops an unsafe alternate link', () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>
      <link href="javascript:alert(1)"/></entry></feed>`;
    expect(parseFeed(text, portalFeed)).toEqual([{ headline: 'x' }]);
  });
});

describe('parseFeed: JSON Feed', () => {
  const articles = (): Article[] =>
    parseFeed(fixture('feed.json'), 'https://sogddt.tinh.gov.vn/feed.json', 'application/feed+json');

  it('reads JSON Feed 1.1 items with authors, tags, both dates and relative URLs resolved', () => {
    expect(articles()[0]).toEqual({
      headline: 'Hơn 15.000 thí sinh dự Kỳ thi tốt nghiệp THPT năm 2025',
      href: 'https://sogddt.tinh.gov.vn/tin-tuc/ky-thi-tot-nghiep-thpt-2025-2001.html',
      summary: 'Kỳ thi diễn ra trong hai ngày 26 và 27/6 tại 42 điểm thi trên địa bàn tỉnh.',
      image: 'https://sogddt.tinh.gov.vn/uploads/2025/06/ky-thi-thpt.jpg',
      published: '2025-06-10T00:45:00.000Z',
      updatedAt: '2025-06-10T04:00:00.000Z',
      author: 'Minh Châu',
      category: 'Thi cử',
    } satisfies Article);
  });

  it('falls back to external_url, content_html, its image and the feed authors', () => {
    expect(articles()[1]).toEqual({
      headline: 'Khen thưởng học sinh giỏi quốc gia năm học 2024–2025',
      href: 'https://baotinh.vn/giao-duc/khen-thuong-hoc-sinh-gioi-2002.html',
      summary: 'UBND tỉnh khen thưởng 63 học sinh đạt giải quốc gia.',
      image: 'https://baotinh.vn/anh/khen-thuong.jpg',
      imageAlt: '',
      published: '2025-06-08T17:00:00.000Z',
      author: 'Phòng Truyền thông Sở GD&ĐT',
    } satisfies Article);
  });

  it('reads content_text, banner_image and a 1.0 author, and leaves a bad date out', () => {
    expect(articles()[2]).toEqual({
      headline: 'Thông báo tuyển sinh lớp 10',
      href: 'https://sogddt.tinh.gov.vn/thong-bao/tuyen-sinh-lop-10-2003.html',
      summary: 'Học sinh đăng ký nguyện vọng trực tuyến từ ngày 1/6 đến 15/6.',
      image: 'https://sogddt.tinh.gov.vn/anh/tuyen-sinh-lop-10.png',
      author: 'Phòng Khảo thí',
    } satisfies Article);
  });

  it('drops a javascript: url and skips an item without a title', () => {
    const list = articles();
    expect(list).toHaveLength(4);
    expect(list[3]).toEqual({
      headline: 'Mục có liên kết javascript: bị bỏ liên kết',
      author: 'Phòng Truyền thông Sở GD&ĐT',
    });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^<pw-article-list> src\[3\]\.href: unsafe/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^<pw-article-list> src\[4\]: missing headline/));
  });

  it('ignores values of the wrong type', () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { title: 42 },
        null,
        { title: 'Tin', url: { href: 'x' }, image: 7, date_published: 1_749_519_000, tags: [1, 'Thời sự'] },
      ],
    });
    expect(parseFeed(text, portalFeed)).toEqual([{ headline: 'Tin', category: 'Thời sự' }]);
  });

  it('reads a feed without items as empty', () => {
    expect(parseFeed('{"version": "https://jsonfeed.org/version/1.1", "title": "x"}', portalFeed)).toEqual([]);
  });
});

describe('parseFeed: faults', () => {
  it('calls an HTML page (a captive portal, an error page) unrecognised, whatever its content type', () => {
    const page = '<!DOCTYPE html>\n<html lang="vi"><head><title>Đăng nhập Wi-Fi</title></head><body></body></html>';
    const error = feedError(() => parseFeed(page, portalFeed, 'application/rss+xml'));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FeedError');
    expect(error.reason).toBe('unrecognised');
    expect(error.message).toMatch(/HTML page/);
  });

  it.each([
    ['other JSON', '{"status": "ok", "data": []}'],
    ['a JSON array', '[]'],
    ['another XML document', '<?xml version="1.0"?><urlset><url><loc>https://tinh.gov.vn/</loc></url></urlset>'],
    ['plain text', 'Bad Gateway'],
    ['an empty body', ''],
  ])('calls %s unrecognised', (_, text) => {
    expect(feedError(() => parseFeed(text, portalFeed)).reason).toBe('unrecognised');
  });

  it.each([
    ['an unclosed element', rss('<item><title>Tin</item>')],
    ['a feed cut off in transfer', fixture('feed-rss.xml').slice(0, 2_000)],
    ['mismatched tags', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</entry></title></feed>'],
    ['a stray "<" in text', rss('<item><title>a < b</title></item>')],
  ])('calls XML with %s malformed', (_, text) => {
    const error = feedError(() => parseFeed(text, portalFeed));
    expect(error.reason).toBe('malformed');
    expect(error.message).toMatch(/not well-formed/);
  });

  it('calls broken JSON malformed', () => {
    expect(
      feedError(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [', portalFeed)).reason,
    ).toBe('malformed');
    expect(feedError(() => parseFeed("{'items': []}", portalFeed, 'application/json')).reason).toBe('malformed');
  });

  it('says so when XML cannot be parsed here at all', () => {
    vi.stubGlobal('DOMParser', undefined);
    const error = feedError(() => parseFeed(fixture('feed-rss.xml'), portalFeed));
    expect(error.reason).toBe('malformed');
    expect(error.message).toMatch(/portal-widgets-xml/);
  });

  it('reads JSON Feeds without a DOM parser', () => {
    vi.stubGlobal('DOMParser', undefined);
    expect(parseFeed(fixture('feed.json'), portalFeed)).toHaveLength(4);
  });
});
