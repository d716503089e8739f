import { describe, expect, it } from 'vitest';
import { decodeEntities, firstImage, htmlToText, normalizeText, truncateText } from '../src/html-text.js';

describe('htmlToText', () => {
  it('drops scripts, styles, templates and comments with their contents', () => {
    const html =
      '<p>Tin mới</p><script>alert("x")</script><style>p { color: red }</style>' +
      '<template><p>mẫu</p></template><!-- <p>ghi chú</p> --><p>cập nhật</p>';
    expect(htmlToText(html)).toBe('Tin mới cập nhật');
  });

  it('handles a script inside a comment and a comment marker inside a script as a browser does', () => {
    expect(htmlToText('a<!-- <script> -->b<script>var s = "<!--";</script>c')).toBe('abc');
  });

  it('drops an unterminated script or comment to the end, as the HTML parser does', () => {
    expect(htmlToText('Đọc tiếp<script>document.write("x")')).toBe('Đọc tiếp');
    expect(htmlToText('Đọc tiếp<!-- quảng cáo')).toBe('Đọc tiếp');
  });

  it('keeps the text of CDATA sections but not their markers', () => {
    expect(htmlToText('<![CDATA[<p>Bản tin</p>]]> sáng')).toBe('Bản tin sáng');
  });

  it('turns line breaks, paragraph, list and heading boundaries into spaces', () => {
    expect(htmlToText('<h2>Mục tiêu</h2><p>Một</p><p>Hai<br>Ba<br/>Bốn</p><ul><li>Năm</li><li>Sáu</li></ul>')).toBe(
      'Mục tiêu Một Hai Ba Bốn Năm Sáu',
    );
    expect(htmlToText('<div>trái</div><div>phải</div><table><tr><td>ô 1</td><td>ô 2</td></tr></table>')).toBe(
      'trái phải ô 1 ô 2',
    );
  });

  it('joins inline markup without adding spaces', () => {
    expect(htmlToText('<b>Hà</b> <i>Nội</i>, Việt<span>Nam</span>')).toBe('Hà Nội, ViệtNam');
  });

  it('leaves nothing for images, frames, media and form controls', () => {
    const html =
      '<img src="a.jpg" alt="ảnh"><iframe src="https://video.example/">Trình duyệt không hỗ trợ</iframe>' +
      '<video src="v.mp4">Không phát được video</video><svg><title>biểu tượng</title></svg>' +
      '<select><option>Chọn</option></select>Nội dung';
    expect(htmlToText(html)).toBe('Nội dung');
  });

  it('reads attributes with ">" inside quotes as part of the tag', () => {
    expect(htmlToText('<a title="1 > 0" href=\'/x?a>b\'>liên kết</a>')).toBe('liên kết');
  });

  it('keeps a lone "<" that starts no tag, and escaped markup, as text', () => {
    expect(htmlToText('a < b và 3 <4')).toBe('a < b và 3 <4');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('decodes Vietnamese written with numeric and named entities, to NFC', () => {
    const text = htmlToText(
      'Ch&#7911; t&#7883;ch UBND t&#7881;nh &ndash; Th&ocirc;ng b&aacute;o ti&ecirc;u bi&#x1EC3;u',
    );
    expect(text).toBe('Chủ tịch UBND tỉnh – Thông báo tiêu biểu');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('composes decomposed Vietnamese (NFD) into NFC', () => {
    const decomposed = 'Vie\u0302\u0323t Nam'; // ê + dot below, as macOS and some editors store it
    expect(decomposed).not.toBe('Việt Nam');
    expect(htmlToText(`<p>${decomposed}</p>`)).toBe('Việt Nam');
    expect(htmlToText('Vi&#101;&#770;&#803;t')).toBe('Việt');
  });

  it('collapses whitespace, non-breaking spaces included', () => {
    expect(htmlToText('  Hà&nbsp;&nbsp;Nội \n\t <p> </p>  Huế&#160;')).toBe('Hà Nội Huế');
  });

  it('cuts at a word boundary with an ellipsis when asked', () => {
    const text = htmlToText('<p>Phát triển kinh tế biển, du lịch và năng lượng sạch</p>', { maxLength: 30 });
    expect(text).toBe('Phát triển kinh tế biển, du…');
    expect(text.length).toBeLessThanOrEqual(30);
  });
});

describe('decodeEntities', () => {
  it('decodes the XML five, Latin-1 and typographic names', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &apos; &copy; &eacute; &hellip; &ldquo;x&rdquo; &euro;')).toBe(
      '& < > " \' © é … “x” €',
    );
  });

  it('decodes the Vietnamese letters that have names', () => {
    expect(decodeEntities('&Dstrok;&agrave; N&abreve;ng, &dstrok;&itilde; &utilde;')).toBe('Đà Năng, đĩ ũ');
  });

  it('decodes numeric references with or without the semicolon', () => {
    expect(decodeEntities('&#7879;&#x1ec7;&#X1EC7;&#7879 ')).toBe('ệệệệ ');
  });

  it('reads &#128;–&#159; as Windows-1252, as browsers do', () => {
    expect(decodeEntities('&#147;Tin&#148; &#150; 5&#128;')).toBe('“Tin” – 5€');
  });

  it('replaces impossible code points with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });

  it('leaves unknown names and unterminated names as written, and decodes only once', () => {
    expect(decodeEntities('&foo; &amp R&D &ecirc')).toBe('&foo; &amp R&D &ecirc');
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  it('is case-sensitive like HTML', () => {
    expect(decodeEntities('&Ecirc;&ecirc;&ECIRC;')).toBe('Êê&ECIRC;');
  });
});

describe('normalizeText', () => {
  it('maps C1 controls (Windows-1252 text read as Latin-1) and drops other control characters', () => {
    expect(normalizeText('\u0093Tin\u0094 \u0096 m\u0001\u0008ới')).toBe('“Tin” – mới');
  });
});

describe('truncateText', () => {
  it('returns short text unchanged', () => {
    expect(truncateText('Tin ngắn', 20)).toBe('Tin ngắn');
  });

  it('ends on a whole word and trims trailing punctuation before the ellipsis', () => {
    expect(truncateText('Một, hai, ba, bốn, năm, sáu', 13)).toBe('Một, hai…');
  });

  it('never splits an emoji or a letter with its marks when there is no space to cut at', () => {
    const text = `${'a'.repeat(9)}👩‍👩‍👧‍👦${'b'.repeat(20)}`;
    const cut = truncateText(text, 12);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
    const decomposed = 'Nghie\u0323\u0302p'.repeat(5);
    const head = truncateText(decomposed, 7).slice(0, -1);
    expect(decomposed.startsWith(head)).toBe(true);
    expect(decomposed.charAt(head.length)).not.toMatch(/\p{M}/u);
  });
});

describe('firstImage', () => {
  it('finds the first picture with its alt text, entities decoded', () => {
    const html =
      '<p>Ảnh:</p><a href="/x"><img src="/uploads/a.jpg?w=1&amp;h=2" alt="Quang c&#7843;nh"></a><img src="b.jpg">';
    expect(firstImage(html)).toEqual({ src: '/uploads/a.jpg?w=1&h=2', alt: 'Quang cảnh' });
  });

  it('reports an empty alt as empty and a missing one as absent', () => {
    expect(firstImage('<img src="a.jpg" alt="">')).toEqual({ src: 'a.jpg', alt: '' });
    expect(firstImage("<IMG SRC='a.jpg'>")).toEqual({ src: 'a.jpg' });
    expect(firstImage('<img src=a.jpg alt=ảnh>')).toEqual({ src: 'a.jpg', alt: 'ảnh' });
  });

  it('prefers the lazy-loading source over a data: placeholder', () => {
    const html = '<img src="data:image/gif;base64,R0lGOD" data-src="/that/anh.jpg" alt="ảnh">';
    expect(firstImage(html)?.src).toBe('/that/anh.jpg');
  });

  it('skips tracking pixels, placeholders without a real source, and images in comments or scripts', () => {
    const html =
      '<!-- <img src="old.jpg"> --><script>"<img src=x.jpg>"</script><img src="pixel.gif" width="1" height="1">' +
      '<img src="data:image/png;base64,AAAA"><noscript><img src="real.jpg"></noscript>';
    expect(firstImage(html)?.src).toBe('real.jpg');
  });

  it('finds nothing in text without images', () => {
    expect(firstImage('<p>Không có ảnh</p>')).toBeUndefined();
    expect(firstImage('&lt;img src="escaped.jpg"&gt;')).toBeUndefined();
  });
});
