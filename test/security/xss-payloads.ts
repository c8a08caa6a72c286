// Script-injection payloads of the kinds the public filter-evasion collections list (tags,
// event handlers, script URLs with case, whitespace, entity and control-character tricks,
// SVG and MathML, attribute and element breakouts, mutation XSS, JSON-LD breakouts, template
// syntax), written for these tests. Every one that ran would call the trap: `alert`,
// `confirm`, `prompt` or `top.__qwXss`, all replaced by the test with a recorder.
export const XSS_PAYLOADS: readonly string[] = [
  // Elements and their handlers.
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//localhost:8000/api/xss.js></SCRIPT>',
  '<img src=x onerror=alert(2)>',
  '<IMG SRC=# onmouseover="alert(3)">',
  '<img src=x:alert(4) onerror=eval(src)>',
  '<svg onload=alert(5)>',
  '<svg/onload=alert(6)//',
  '<body onload=alert(7)>',
  '<iframe src="javascript:top.__qwXss(8)"></iframe>',
  '<iframe srcdoc="<script>top.__qwXss(9)</script>"></iframe>',
  '<object data="javascript:top.__qwXss(10)"></object>',
  '<embed src="javascript:top.__qwXss(11)">',
  '<details open ontoggle=alert(12)>',
  '<video><source onerror="alert(13)"></video>',
  '<audio src=x onerror=alert(14)>',
  '<input autofocus onfocus=alert(15)>',
  '<select autofocus onfocus=alert(16)></select>',
  '<textarea autofocus onfocus=alert(17)></textarea>',
  '<marquee onstart=alert(18)>x</marquee>',
  '<div style="width:expression(alert(19))">',
  '<style>@import "javascript:alert(20)";</style>',
  '<link rel=stylesheet href="javascript:alert(21)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(22)">',
  '<base href="javascript:alert(23)//">',
  '<form action="javascript:alert(24)"><button>x</button></form>',
  '<a href="javascript:alert(25)">klick</a>',
  '<x contenteditable onblur=alert(26)>fokus</x>',
  '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;27&#41;">',
  '<img src=x onerror=\\u0061lert(28)>',
  // SVG and MathML.
  '<svg><script>alert(29)</script></svg>',
  '<svg><a xlink:href="javascript:alert(30)"><text x="0" y="20">x</text></a></svg>',
  '<svg><animate onbegin=alert(31) attributeName=x dur=1s>',
  '<svg><set attributeName="onload" to="alert(32)"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(33)></style></mglyph></table></mtext></math>',
  '<math href="javascript:alert(34)">x</math>',
  // Breaking out of attributes, elements and comments.
  '"><img src=x onerror=alert(35)>',
  "'><svg onload=alert(36)>",
  '" onmouseover="alert(37)" x="',
  "' autofocus onfocus='alert(38)",
  '</p><img src=x onerror=alert(39)>',
  '</title><img src=x onerror=alert(40)>',
  '</textarea><img src=x onerror=alert(41)>',
  '</style><img src=x onerror=alert(42)>',
  '<!--<img src="--><img src=x onerror=alert(43)//">',
  '<![CDATA[><img src=x onerror=alert(44)>]]>',
  '<noscript><p title="</noscript><img src=x onerror=alert(45)>">',
  '<a title="x" href="javas&#x09;cript:alert(46)">x</a>',
  // JSON-LD and script-block breakouts.
  '</script><script>alert(47)</script>',
  '"}</script><script>alert(48)</script>',
  '\u2028alert(49)\u2029',
  // Template syntaxes a renderer might evaluate.
  '${alert(50)}',
  '{{constructor.constructor("alert(51)")()}}',
  '<%= alert(52) %>',
  // Script URLs, to be used as links.
  'javascript:alert(53)',
  'JaVaScRiPt:alert(54)',
  ' javascript:alert(55)',
  'java\tscript:alert(56)',
  'java\nscript:alert(57)',
  '\u0001javascript:alert(58)',
  'javascript&colon;alert(59)',
  '&#106;avascript:alert(60)',
  '&#x6A;&#x61;vascript:alert(61)',
  'javascript://%0Aalert(62)',
  'data:text/html,<script>top.__qwXss(63)</script>',
  'data:text/html;base64,PHNjcmlwdD50b3AuX19xd1hzcyg2NCk8L3NjcmlwdD4=',
  'data:image/svg+xml,<svg onload="top.__qwXss(65)"/>',
  'vbscript:msgbox(66)',
  'VBScript:MsgBox(67)',
  'https://example.org/"onmouseover="alert(68)',
  'https://example.org/<script>alert(69)</script>',
  '//example.org/%0d%0a<script>alert(70)</script>',
];

/**
 * Replaces what the payloads call (`alert`, `confirm`, `prompt`, `top.__qwXss`) with a
 * recorder: every call lands in the returned list as `[name, ...arguments]`.
 */
export function installScriptTrap(): unknown[][] {
  const executed: unknown[][] = [];
  const trap = (name: string) => (...args: unknown[]) => void executed.push([name, ...args]);
  Object.assign(window, { alert: trap('alert'), confirm: trap('confirm'), prompt: trap('prompt'), __qwXss: trap('__qwXss') });
  return executed;
}
