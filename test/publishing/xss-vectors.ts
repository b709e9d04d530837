/**
 * Known cross-site scripting vectors, after the OWASP XSS filter evasion cheat sheet, the HTML5
 * Security Cheatsheet and published mutation-XSS bypasses of HTML sanitisers. Each must come out of
 * the rich-text sanitiser with nothing executable left.
 */
export interface XssVector {
  readonly name: string;
  readonly html: string;
}

export const xssVectors: readonly XssVector[] = [
  // Script elements
  { name: 'script element', html: '<script>alert(1)</script>' },
  { name: 'upper-case script with src', html: '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>' },
  { name: 'mixed-case script', html: '<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>' },
  { name: 'script split by a nested script', html: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'script with a slash before the attribute', html: '<script/xss src="https://xss.example/xss.js"></script>' },
  { name: 'extra open bracket before script', html: '<<script>alert(1);//<</script>' },
  { name: 'unclosed script with protocol-relative src', html: '<script src=//xss.example/.j>' },
  { name: 'script with line breaks in its tags', html: '<p>a</p><script\n>alert(1)</script\n>' },
  { name: 'attribute breakout into a script', html: '"><script>alert(1)</script>' },
  { name: 'closing a paragraph to start a script', html: '<p>x</p></p><script>alert(1)</script><p>' },

  // Event handlers
  { name: 'img onerror', html: '<img src=x onerror=alert(1)>' },
  { name: 'valid img with onerror', html: '<img src="https://example.se/a.png" alt="a" onerror="alert(1)">' },
  { name: 'upper-case event handler', html: '<img src="https://example.se/a.png" alt="a" ONERROR="alert(1)">' },
  { name: 'body onload', html: '<body onload=alert(1)>' },
  { name: 'paragraph onmouseover', html: '<p onmouseover="alert(1)">hover</p>' },
  { name: 'link onclick', html: '<a href="https://example.se" onclick="alert(1)">x</a>' },
  { name: 'slashes as attribute separators', html: '<img/src="x"/onerror=alert(1)>' },
  { name: 'onerror evaluating src', html: '<img src=x:alert(alt) onerror=eval(src) alt=0>' },
  { name: 'input autofocus onfocus', html: '<input autofocus onfocus=alert(1)>' },
  { name: 'details ontoggle', html: '<details open ontoggle=alert(1)>' },
  { name: 'video source onerror', html: '<video><source onerror="alert(1)"></video>' },
  { name: 'marquee onstart', html: '<marquee onstart=alert(1)>x</marquee>' },
  { name: 'event handler after a slash', html: '<p/onclick=alert(1)>x</p>' },
  {
    name: 'event handler with a line break before =',
    html: '<a href="https://ok.example" onmouseover\n=alert(1)>x</a>',
  },
  { name: 'handler code as entities', html: '<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>' },
  { name: 'unknown element with onclick', html: '<x onclick=alert(1)>click me</x>' },
  { name: 'button onclick', html: '<button onclick=alert(1)>press</button>' },
  { name: 'keygen onfocus', html: '<keygen autofocus onfocus=alert(1)>' },

  // javascript:, vbscript: and data: URLs
  { name: 'javascript: link', html: '<a href="javascript:alert(1)">x</a>' },
  { name: 'mixed-case javascript:', html: '<a href="JaVaScRiPt:alert(1)">x</a>' },
  { name: 'javascript: after a space', html: '<a href=" javascript:alert(1)">x</a>' },
  { name: 'javascript: with a raw tab', html: '<a href="jav\tascript:alert(1)">x</a>' },
  { name: 'javascript: with an encoded tab', html: '<a href="jav&#x09;ascript:alert(1)">x</a>' },
  { name: 'javascript: with an encoded line feed', html: '<a href="jav&#x0A;ascript:alert(1)">x</a>' },
  { name: 'javascript: with an encoded carriage return', html: '<a href="java&#x0D;script:alert(1)">x</a>' },
  { name: 'javascript: with &Tab;', html: '<a href="java&Tab;script:alert(1)">x</a>' },
  {
    name: 'javascript: as decimal entities',
    html: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  },
  {
    name: 'javascript: as hex entities',
    html: '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  },
  {
    name: 'javascript: as zero-padded entities without semicolons',
    html:
      '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099' +
      '&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  },
  { name: 'javascript: with &colon;', html: '<a href="javascript&colon;alert(1)">x</a>' },
  { name: 'javascript: with an encoded colon', html: '<a href="jAvAsCrIpT&#58;alert(1)">x</a>' },
  { name: 'javascript: with one encoded letter', html: '<a href="javas&#99;ript:alert(1)">x</a>' },
  { name: 'javascript: after an encoded control character', html: '<a href="&#14;javascript:alert(1)">x</a>' },
  { name: 'javascript: after a raw control character', html: '<a href="\u0001javascript:alert(1)">x</a>' },
  { name: 'javascript: with a raw NUL', html: '<a href="java\u0000script:alert(1)">x</a>' },
  { name: 'javascript: after encoded spaces', html: '<a href="  &#x20;javascript:alert(1)">x</a>' },
  { name: 'javascript: after a line separator', html: '<a href="&#x2028;javascript:alert(1)">x</a>' },
  { name: 'javascript: with a comment and encoded newline', html: '<a href="javascript://%0Aalert(1)">x</a>' },
  { name: 'JavaScript-style unicode escape in the scheme', html: '<a href="\\u006Aavascript:alert(1)">x</a>' },
  { name: 'fullwidth letters in the scheme', html: '<a href="ｊａｖａｓｃｒｉｐｔ:alert(1)">x</a>' },
  { name: 'percent-encoded scheme', html: '<a href="%6A%61vascript:alert(1)">x</a>' },
  { name: 'javascript: link opening a new tab', html: '<a href="javascript:alert(1)" target="_blank">x</a>' },
  { name: 'javascript: image', html: '<img src="javascript:alert(1)" alt="x">' },
  {
    name: 'javascript: link around an image',
    html: '<a href="javascript:alert(1)"><img src="https://ok.example/a.png" alt="x"></a>',
  },
  { name: 'vbscript: link', html: '<a href="vbscript:msgbox(1)">x</a>' },
  { name: 'mixed-case vbscript:', html: '<a href="VBScript:msgbox(1)">x</a>' },
  { name: 'livescript: link', html: '<a href="livescript:alert(1)">x</a>' },
  {
    name: 'data: HTML link',
    html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  },
  { name: 'upper-case data: with inline script', html: '<a href="DATA:text/html,<script>alert(1)</script>">x</a>' },
  { name: 'data: SVG image', html: '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="x">' },
  { name: 'javascript: in srcset', html: '<img src="https://ok.example/a.png" alt="a" srcset="javascript:alert(1)">' },
  { name: 'javascript: in dynsrc and lowsrc', html: '<img dynsrc="javascript:alert(1)" lowsrc="javascript:alert(1)">' },
  { name: 'javascript: as a background', html: '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>' },
  { name: 'javascript: in a bgsound', html: '<bgsound src="javascript:alert(1)">' },
  { name: 'javascript: in xlink:href', html: '<a xlink:href="javascript:alert(1)">x</a>' },

  // SVG and MathML
  { name: 'svg onload', html: '<svg onload=alert(1)>' },
  { name: 'script inside svg', html: '<svg><script>alert(1)</script></svg>' },
  {
    name: 'svg link with xlink:href',
    html: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  },
  { name: 'svg animate onbegin', html: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>' },
  {
    name: 'svg set of href',
    html: '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>',
  },
  {
    name: 'svg foreignObject with iframe srcdoc',
    html: '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>',
  },
  { name: 'svg style holding an img', html: '<svg><style><img src=x onerror=alert(1)></style></svg>' },
  { name: 'MathML href', html: '<math href="javascript:alert(1)">CLICK</math>' },
  {
    name: 'MathML maction',
    html: '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">CLICKME</maction></math>',
  },
  {
    name: 'MathML mglyph style namespace confusion',
    html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  },

  // Frames
  { name: 'javascript: iframe', html: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>' },
  { name: 'iframe to another site', html: '<iframe src="https://evil.example"></iframe>' },
  { name: 'frameset with javascript: frame', html: '<frameset><frame src="javascript:alert(1)"></frameset>' },

  // Styles
  { name: 'style attribute with javascript: url', html: '<p style="background-image:url(javascript:alert(1))">x</p>' },
  { name: 'style attribute with expression()', html: '<p style="width: expression(alert(1))">x</p>' },
  { name: 'expression() split by a comment', html: '<div style="x:expr/**/ession(alert(1))">x</div>' },
  { name: 'style behavior', html: '<div style="behavior: url(xss.htc)">x</div>' },
  { name: 'style element with @import', html: "<style>@import 'https://xss.example/xss.css';</style>" },
  { name: 'style element with javascript: url', html: '<style>body{background:url("javascript:alert(1)")}</style>' },
  { name: 'stylesheet link', html: '<link rel="stylesheet" href="https://xss.example/xss.css">' },
  {
    name: 'link styled to cover the page',
    html: '<a href="https://ok.example" style="position:fixed;top:0;left:0;width:100%;height:100%">x</a>',
  },

  // Documents and forms
  { name: 'meta refresh to javascript:', html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  {
    name: 'meta refresh to data:',
    html: '<meta http-equiv="refresh" content="0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg">',
  },
  { name: 'base href javascript:', html: '<base href="javascript:alert(1)//"><a href="/x">x</a>' },
  { name: 'base href to another site', html: '<base href="https://evil.example/"><a href="/x">x</a>' },
  { name: 'form action javascript:', html: '<form action="javascript:alert(1)"><input type="submit"></form>' },
  { name: 'button formaction', html: '<form><button formaction="javascript:alert(1)">X</button></form>' },
  { name: 'isindex', html: '<isindex type=image src=1 onerror=alert(1)>' },
  { name: 'object with javascript: data', html: '<object data="javascript:alert(1)"></object>' },
  {
    name: 'scriptlet object',
    html: '<object type="text/x-scriptlet" data="https://xss.example/scriptlet.html"></object>',
  },
  { name: 'embed of an SVG', html: '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">' },
  { name: 'applet', html: '<applet code="xss.class"></applet>' },
  { name: 'portal', html: '<portal src="https://evil.example"></portal>' },

  // Malformed markup and attribute breaking
  { name: 'double open bracket img', html: '<<img src=x onerror=alert(1)//<' },
  { name: 'quotes inside a tag', html: '<img """><script>alert(1)</script>">' },
  { name: 'doubled quote before a handler', html: '<a href="https://ok.example"" onclick="alert(1)">x</a>' },
  { name: 'backtick as a quote', html: '<img src="x`" ` onerror=alert(1)>' },
  { name: 'script inside an attribute value', html: '<p title="a><script>alert(1)</script>">x</p>' },
  { name: 'handler right after a quote', html: "<a href='https://ok.example/'onmouseover=alert(1)>x</a>" },
  { name: 'encoded quotes in href', html: '<a href="https://ok.example/&quot;onmouseover=&quot;alert(1)">x</a>' },
  { name: 'encoded quotes in alt', html: '<img src="https://ok.example/a.png" alt="&quot; onerror=&quot;alert(1)">' },
  { name: 'unclosed tag before a script', html: '<b <script>alert(1)</script>0' },
  { name: 'slash before a handler', html: '<img src="https://ok.example/a.png" alt="x" / onerror="alert(1)">' },
  { name: 'broken closing tag', html: '<</p>iframe src=javascript:alert(1)//' },
  { name: 'reverse tabnabbing', html: '<a href="https://evil.example" target="_blank" rel="opener">x</a>' },
  { name: 'named frame target', html: '<a href="https://evil.example" target="_top">x</a>' },

  // Comments, CDATA and processing instructions
  { name: 'img in a comment', html: '<!--<img src=x onerror=alert(1)>-->' },
  { name: 'conditional comment', html: '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->' },
  { name: 'CDATA section', html: '<![CDATA[<script>alert(1)</script>]]>' },
  { name: 'comment closed by --!>', html: '<!-- --!><img src=x onerror=alert(1)> -->' },
  { name: 'abruptly closed comment', html: '<!--><img src=x onerror=alert(1)>-->' },
  { name: 'processing instruction', html: '<?xml-stylesheet href="javascript:alert(1)"?><p>x</p>' },
  { name: 'doctype before a script', html: '<p>x</p><!DOCTYPE html><script>alert(1)</script>' },

  // Mutation XSS: markup that parses differently once re-serialised or in another context
  { name: 'noscript title breakout', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'script in a textarea', html: '<textarea><script>alert(1)</script></textarea>' },
  { name: 'textarea closed early', html: '<textarea></textarea><img src=x onerror=alert(1)>' },
  { name: 'script in a template', html: '<template><script>alert(1)</script></template>' },
  { name: 'img in a template', html: '<template><img src=x onerror=alert(1)></template>' },
  { name: 'img in xmp', html: '<xmp><img src=x onerror=alert(1)></xmp>' },
  { name: 'img in title', html: '<title><img src=x onerror=alert(1)></title>' },
  { name: 'img in noembed', html: '<noembed><img src=x onerror=alert(1)></noembed>' },
  { name: 'img in noframes', html: '<noframes><img src=x onerror=alert(1)></noframes>' },
  { name: 'plaintext', html: '<plaintext><img src=x onerror=alert(1)>' },
  {
    name: 'nested forms with MathML',
    html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  },
  { name: 'svg paragraph style breakout', html: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">' },
  {
    name: 'select template style comment',
    html: '<select><template><style><!--</style><a rel="--></template></select><img src=x onerror=alert(1)>">',
  },
  { name: 'option style breakout', html: '<option><style></option></select><img src=x onerror=alert(1)></style>' },
  { name: 'escaped markup in listing', html: '<listing>&lt;img src=x onerror=alert(1)&gt;</listing>' },
  { name: 'escaped script as text', html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' },
  { name: 'double-escaped img as text', html: '<p>&amp;lt;img src=x onerror=alert(1)&amp;gt;</p>' },
];
