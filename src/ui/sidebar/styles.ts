// The side panel's and dialogs' styles: high contrast, visible focus, 44px touch targets, fits 300px.

/** CSS for every Solidarity Desk surface (static text). */
export const STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;background:#fff;margin:0;padding:8px 12px 24px;overflow-wrap:anywhere}
h1{font-size:1.25rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:1rem 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
h1:focus,h2:focus,h1:focus-visible,h2:focus-visible{outline:none;box-shadow:none}
nav{display:flex;flex-wrap:wrap;gap:4px;border-bottom:2px solid #0b0c0c;padding-bottom:6px}
nav button{flex:1 1 auto}
nav button[aria-current="page"]{background:#0b0c0c;color:#fff}
button,select,input,textarea,summary{font:inherit;min-height:44px}
button{cursor:pointer;border:2px solid #0b0c0c;border-radius:4px;background:#fff;color:#0b0c0c;padding:8px 12px;margin:4px 0}
button.primary{background:#00703c;border-color:#00703c;color:#fff;font-weight:600}
button.secondary{background:#f3f2f1}
button.link{min-height:44px;border:none;text-decoration:underline;color:#1d3f8f;padding:8px 6px;background:none}
button:disabled{opacity:.6;cursor:progress}
input,select,textarea{width:100%;max-width:100%;border:2px solid #0b0c0c;border-radius:0;padding:8px;background:#fff;color:#0b0c0c}
input[type="radio"]{width:24px;min-height:24px;height:24px;margin:10px 8px 10px 0;flex:none}
:focus-visible{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
a{color:#1d3f8f}
a:focus-visible{background:#fd0;color:#0b0c0c}
label{display:block;font-weight:600;margin-top:8px}
label.inline{display:inline-flex;align-items:center;min-height:44px;margin-right:16px;font-weight:400}
.field{margin:8px 0}
.hint{display:block;color:#484949;font-size:.9rem}
fieldset{border:1px solid #b1b4b6;margin:8px 0;padding:4px 8px}
legend{font-weight:600;padding:0 4px}
.choice{display:flex;flex-wrap:wrap;align-items:flex-start;gap:4px;margin:4px 0}
.choice label{flex:1 1 160px;margin-top:10px}
#status{min-height:1.5em;margin:6px 0;font-style:italic}
#problem{border:3px solid #d4351c;color:#0b0c0c;background:#fff;padding:8px;margin:8px 0;font-weight:600}
ol.items,ul.items{list-style:none;padding:0;margin:0}
.item{display:block;width:100%;text-align:left;margin:6px 0}
.item strong,.item .meta,.item .detail,.item .tag{display:block}
.tag{font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.02em}
.kind-urgent{border-color:#d4351c;border-left-width:8px}
.kind-overdue{border-left-width:8px}
.meta{color:#484949;font-size:.9rem;display:block}
.detail{display:block;font-weight:400}
.urgent,.warn{border-left:6px solid #d4351c;padding:6px 10px;background:#fff;font-weight:600}
.note{border-left:6px solid #1d70b8;padding:6px 10px}
.done{border-left:6px solid #00703c;padding:6px 10px;font-weight:600}
dl.facts{display:grid;grid-template-columns:minmax(80px,auto) 1fr;gap:2px 10px;margin:8px 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
ul.steps,ol.timeline{padding-left:1.2rem}
ul.steps li,ol.timeline li{margin:6px 0}
.step .what{display:block}
details.action{border-top:1px solid #b1b4b6;padding:4px 0}
summary{display:flex;align-items:center;cursor:pointer;font-weight:600;color:#1d3f8f}
@media (max-width:340px){dl.facts{grid-template-columns:1fr}body{padding:6px 8px 20px}}
`;
