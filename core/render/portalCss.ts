import { PORTAL_FONT_STEPS } from './portalFontSteps.ts';
import { PORTAL_COLOURS, type PortalColours } from './portalTheme.ts';

function colourVariables(colours: PortalColours): string {
  return [
    `--nd-background:${colours.background}`,
    `--nd-text:${colours.text}`,
    `--nd-muted:${colours.muted}`,
    `--nd-link:${colours.link}`,
    `--nd-accent:${colours.accent}`,
    `--nd-surface:${colours.surface}`,
    `--nd-border:${colours.border}`,
    `--nd-reading:${colours.reading}`,
  ].join(';');
}

const fontSteps = PORTAL_FONT_STEPS.map((scale, step) => `.nd-portal[data-font-step="${step}"]{--nd-font-scale:${scale}}`).join('\n');

/**
 * The portal's article stylesheet, the one copy shared by the in-app preview and the exported
 * page. Everything is scoped under `.nd-portal` (the element carrying `data-theme` and
 * `data-font-step`) so it neither leaks into the app nor is overridden by it. Sizes are in `em`
 * of that element so "-A A +A" scales the whole article; layout reacts to the width of the
 * container, not of the window, so the phone-width preview inside a desktop window is honest.
 */
export const PORTAL_CSS = `
.nd-portal{${colourVariables(PORTAL_COLOURS.light)};--nd-font-scale:1;color-scheme:light;container-type:inline-size;
  margin:0;border-top:4px solid var(--nd-accent);background:var(--nd-background);color:var(--nd-text);
  font-family:"Noto Serif",Georgia,serif;font-size:calc(1.0625rem * var(--nd-font-scale));line-height:1.7;
  -webkit-text-size-adjust:100%;text-size-adjust:100%}
.nd-portal[data-theme="dark"]{${colourVariables(PORTAL_COLOURS.dark)};color-scheme:dark}
${fontSteps}
.nd-portal *,.nd-portal *::before,.nd-portal *::after{box-sizing:border-box}
.nd-portal .nd-article{max-width:46rem;margin:0 auto;padding:2em 1.5em 3em}
.nd-portal .nd-category{margin:0 0 .6em;font-family:"Noto Sans",Arial,sans-serif;font-size:.8em;font-weight:700;
  letter-spacing:.06em;text-transform:uppercase;color:var(--nd-accent)}
.nd-portal .nd-title{margin:0 0 .5em;font-family:"Noto Sans",Arial,sans-serif;font-size:1.85em;font-weight:700;line-height:1.3;color:var(--nd-text)}
.nd-portal .nd-dateline{margin:0 0 1.25em;padding-bottom:.75em;border-bottom:1px solid var(--nd-border);
  font-family:"Noto Sans",Arial,sans-serif;font-size:.85em;color:var(--nd-muted)}
.nd-portal .nd-dateline__place::before{content:" · "}
.nd-portal .nd-sapo{margin:0 0 1.25em;font-weight:700;line-height:1.6;text-align:justify}
.nd-portal .nd-body p,.nd-portal .nd-body li{text-align:justify;hyphens:auto}
.nd-portal .nd-body p{margin:0 0 1em}
.nd-portal .nd-body h2,.nd-portal .nd-body h3,.nd-portal .nd-body h4{margin:1.4em 0 .5em;font-family:"Noto Sans",Arial,sans-serif;line-height:1.35;color:var(--nd-text)}
.nd-portal .nd-body h2{font-size:1.3em}
.nd-portal .nd-body h3{font-size:1.15em}
.nd-portal .nd-body h4{font-size:1em}
.nd-portal .nd-body blockquote{margin:1.2em 0;padding:.2em 0 .2em 1em;border-left:3px solid var(--nd-accent);font-style:italic}
.nd-portal .nd-body ul,.nd-portal .nd-body ol{margin:0 0 1em;padding-left:1.6em}
.nd-portal .nd-body hr{margin:2em 0;border:0;border-top:1px solid var(--nd-border)}
.nd-portal .nd-align-left{text-align:left}
.nd-portal .nd-align-center{text-align:center}
.nd-portal .nd-align-right{text-align:right}
.nd-portal .nd-align-justify{text-align:justify}
.nd-portal a{color:var(--nd-link);text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:.18em}
.nd-portal a:hover,.nd-portal a:focus-visible{text-decoration-thickness:2px}
.nd-portal figure{margin:1.5em 0}
.nd-portal img{display:block;max-width:100%;height:auto;margin:0 auto;background:var(--nd-surface)}
.nd-portal figcaption{margin-top:.5em;font-family:"Noto Sans",Arial,sans-serif;font-size:.85em;line-height:1.5;text-align:center;color:var(--nd-muted)}
.nd-portal .nd-credit{display:block;font-weight:700}
.nd-portal .nd-byline{margin:1.5em 0 0;text-align:right;font-weight:700}
.nd-portal .nd-tags{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4em .5em;margin:2em 0 0;padding-top:1em;border-top:1px solid var(--nd-border);
  font-family:"Noto Sans",Arial,sans-serif;font-size:.85em;color:var(--nd-muted)}
.nd-portal .nd-tags ul{display:contents;list-style:none}
.nd-portal .nd-tags li{padding:.1em .7em;border:1px solid var(--nd-border);border-radius:999px;background:var(--nd-surface);color:var(--nd-text)}
.nd-portal .nd-reading{background:var(--nd-reading);box-shadow:0 0 0 .3em var(--nd-reading);border-radius:2px}
@container (max-width: 30rem){
  .nd-portal .nd-article{padding:1.25em 1em 2em}
  .nd-portal .nd-title{font-size:1.5em}
  .nd-portal .nd-sapo,.nd-portal .nd-body p,.nd-portal .nd-body li{text-align:left}
  .nd-portal figure{margin:1.25em -1em}
  .nd-portal figcaption{padding:0 1em}
}
@media print{
  .nd-portal,.nd-portal[data-theme="dark"]{${colourVariables(PORTAL_COLOURS.light)};color-scheme:light;border-top:0;background:#fff}
  .nd-no-print{display:none!important}
  .nd-portal .nd-article{max-width:none;padding:0}
  .nd-portal h1,.nd-portal h2,.nd-portal h3,.nd-portal h4,.nd-portal .nd-category,.nd-portal .nd-dateline{break-after:avoid}
  .nd-portal figure{break-inside:avoid}
  .nd-portal img{max-height:12cm;width:auto}
  .nd-portal p{orphans:3;widows:3}
  .nd-portal .nd-reading{background:none;box-shadow:none}
}
`;
