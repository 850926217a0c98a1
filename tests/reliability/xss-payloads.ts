/*
 * Hostile content for item 9: at least 200 XSS payloads built from classic vectors
 * (script elements, event-handler attributes, javascript:/data:/vbscript: links, SVG,
 * MathML confusion, encoded schemes) in several wrappings. Every payload, if it ever
 * ran, would set window.__rvXss, which the tests check stays unset.
 */

export const SENTINEL = '__rvXss';
const RUN = `window.${SENTINEL}=1`;

const VECTORS = [
  `<script>${RUN}</script>`,
  `<script src="data:text/javascript,${RUN}"></script>`,
  `<img src=x onerror="${RUN}">`,
  `<img src="x" onload="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a href="javascript:${RUN}"><text x="0" y="10">klick</text></a></svg>`,
  `<a href="javascript:${RUN}">länk</a>`,
  `<a href="JaVaScRiPt:${RUN}">länk</a>`,
  `<a href="jav&#x09;ascript:${RUN}">länk</a>`,
  `<a href="&#106;avascript:${RUN}">länk</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">länk</a>`,
  `<a href="vbscript:msgbox(1)">länk</a>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${SENTINEL}=1</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<body onload="${RUN}">`,
  `<details open ontoggle="${RUN}">x</details>`,
  `<input autofocus onfocus="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<div style="background:url(javascript:${RUN})">x</div>`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
];

const WRAPPERS: ((vector: string) => string)[] = [
  (v) => v,
  (v) => `<p>Text före ${v} text efter</p>`,
  (v) => `<b>${v}</b>`,
  (v) => `"><${v.slice(1)}`,
  (v) => `<ul><li>${v}</li></ul>`,
  (v) => `<p style="mso-list:l0 level1 lfo1">${v}</p>`,
  (v) => `<!--[if gte mso 9]>${v}<![endif]-->`,
  (v) => `<span class="MsoNormal" onmouseover="${RUN}">${v}</span>`,
];

/** Every payload: each vector in each wrapping (26 × 8 = 208). */
export const XSS_PAYLOADS: string[] = VECTORS.flatMap((vector) => WRAPPERS.map((wrap) => wrap(vector)));

/** Link targets with unsafe schemes, which must never survive as links. */
export const UNSAFE_URLS = [
  `javascript:${RUN}`,
  `JAVASCRIPT:${RUN}`,
  ` javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  'vbscript:msgbox(1)',
  `file:///etc/passwd`,
];
