"""The page's inline CSS and script: colours in displaCy's palette, no external resource."""

from __future__ import annotations

from briefextract.view.graph import EDGE_COLOURS
from briefextract.view.markup import slot_css

# displaCy's default entity colours, given to our types by their nearest spaCy label.
ACTOR_COLOURS = {
    "ARMED_GROUP": "#ff9561",  # displaCy LOC
    "STATE": "#feca74",  # GPE
    "GOVERNMENT_BODY": "#7aecec",  # ORG
    "INTERNATIONAL_ORG": "#9cc9cc",  # FAC
    "PERSON": "#aa9cfc",  # PERSON
    "POLITICAL_GROUP": "#c887fb",  # NORP
    "RESEARCH_MEDIA": "#e4e7d2",  # WORK_OF_ART
}
PLACE_COLOURS = {"CITY": "#bfeeb7", "REGION": "#a0d8a0", "COUNTRY": "#7fc97f", "OTHER": "#d0e8c8"}
LAYER_COLOURS = {
    "c-event": "#ff8197",
    "c-claim": "#b5d3f5",
    "c-cue": "#6fa8dc",
    "c-time": "#bfe1d9",  # displaCy DATE
    "c-relation": "#dddddd",
}


def colour_css() -> str:
    rules = []
    for prefix, table in (("c-actor-", ACTOR_COLOURS), ("c-place-", PLACE_COLOURS)):
        for label, colour in table.items():
            rules.append(f".{prefix}{label}{{background:{colour}}}")
            rules.append(f".node.{prefix}{label} circle,.node.{prefix}{label} rect{{fill:{colour}}}")
    rules += [f".{cls}{{background:{colour}}}" for cls, colour in LAYER_COLOURS.items()]
    rules += [f".lg-{label}{{color:{colour}}}" for label, colour in EDGE_COLOURS.items()]
    return "".join(rules)


CSS = (
    """
:root{--ink:#222;--muted:#777;--line:#ddd}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink)}
header{padding:12px 20px;border-bottom:1px solid var(--line);background:#fafafa}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:var(--muted)}
nav.toc a{margin-right:14px}
main{padding:0 20px 40px}
.cols{display:flex;gap:20px;align-items:flex-start}
.text{flex:3;min-width:0}
.panels{flex:2;min-width:0;max-height:100vh;overflow:auto;position:sticky;top:0;padding-right:4px}
.spans{line-height:2.5;white-space:pre-wrap;direction:ltr;font-size:16px}
.tk{font-weight:bold;display:inline-block;position:relative;line-height:2.5;white-space:pre}
.bar{height:4px;left:-1px;width:calc(100% + 2px);position:absolute}
.bar.first{border-top-left-radius:3px;border-bottom-left-radius:3px}
.lbl{z-index:10;color:#000;top:-0.5em;padding:2px 3px;position:absolute;font-size:0.6em;font-weight:bold;
 line-height:1;border-radius:3px;text-decoration:none;white-space:nowrap}
.furn,.tk.furn{color:#b4b4b4}
.anc{display:inline}
.tk.hl{outline:2px solid #333;outline-offset:1px}
::highlight(evidence){background-color:#fff1a8}
::highlight(missed){background-color:#ffd6d6}
::highlight(spurious){background-color:#ffe4c2}
::highlight(mismatch){background-color:#e6dcff}
.panel{content-visibility:auto;contain-intrinsic-size:auto 150px}
.panel{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:8px 0;font-size:13px}
.panel:target,.panel.hl{border-color:#333;box-shadow:0 0 0 2px #ffd54f}
.panel h3{margin:0 0 4px;font-size:14px}
.panel dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0}
.panel dt{color:var(--muted)}
.panel dd{margin:0;overflow-wrap:anywhere}
.tag{font-size:11px;padding:1px 4px;border-radius:3px;font-weight:bold}
.off{color:var(--muted);font-size:11px}
code.extra{font-size:11px}
.dangling{color:#b00}
h2{margin:22px 0 8px;font-size:17px;border-bottom:1px solid var(--line)}
svg text{font:11px sans-serif}
svg a{cursor:pointer}
.timeline .tick{stroke:#eee}
.timeline text.tick{stroke:none;fill:var(--muted);text-anchor:middle}
.timeline .tl-bar{fill:#ff8197;fill-opacity:.45;stroke:#c2185b;stroke-width:1}
.timeline .tl-part{fill:#c2185b;fill-opacity:.8}
.timeline .tl-pt{fill:#c2185b;stroke:#c2185b}
.timeline .arrow{stroke:#c2185b;fill:none;stroke-width:1.5}
.timeline .mark:hover text{font-weight:bold}
.graph path{fill:none;stroke-width:1.6;stroke-opacity:.8}
.graph .edge:hover path{stroke-width:3.5}
.graph .edge text{font-size:9px}
.graph .node circle,.graph .node rect{stroke:#333;stroke-width:1}
.graph .node text{text-anchor:middle;font-size:10.5px;paint-order:stroke;stroke:#fff;stroke-width:3px}
.legend span{margin-right:12px;font-size:12px}
table.scores{border-collapse:collapse;font-size:13px;margin:6px 0}
table.scores td,table.scores th{border:1px solid var(--line);padding:2px 8px;text-align:right}
table.scores th:first-child,table.scores td:first-child{text-align:left}
.side{flex:1;min-width:0}
.errors{font-size:13px;max-height:45vh;overflow:auto;border:1px solid var(--line);padding:4px 4px 4px 34px}
.errors li{margin:2px 0}
.o-missed{color:#b00020}.o-spurious{color:#b36b00}.o-mismatch{color:#5b3cc4}
.empty{color:var(--muted)}
"""
    + slot_css()
    + colour_css()
)

# Links to an evidence anchor light the whole range from the ``ev-X`` anchor to
# ``ev-X-end`` with the CSS Custom Highlight API; hovering a record's span
# outlines every span of that record; error anchors are lit on load.
SCRIPT = """
(function(){
  function range(id){
    var a=document.getElementById(id), b=document.getElementById(id+'-end');
    if(!a||!b) return null;
    var r=new Range(); r.setStartAfter(a); r.setEndBefore(b); return r;
  }
  function light(){
    if(!window.CSS||!CSS.highlights) return;
    var id=decodeURIComponent(location.hash.slice(1)), r=range(id);
    if(r){ CSS.highlights.set('evidence', new Highlight(r)); }
  }
  window.addEventListener('hashchange', light); light();
  if(window.CSS&&CSS.highlights){
    ['missed','spurious','mismatch'].forEach(function(kind){
      var rs=[];
      document.querySelectorAll('a.err-'+kind).forEach(function(a){ var r=range(a.id); if(r) rs.push(r); });
      if(rs.length) CSS.highlights.set(kind, new Highlight(...rs));
    });
  }
  var lit=[];
  document.addEventListener('mouseover', function(ev){
    var t=ev.target.closest&&ev.target.closest('.tk');
    lit.forEach(function(n){ n.classList.remove('hl'); }); lit=[];
    if(!t) return;
    t.dataset.r.split(' ').forEach(function(rec){
      document.querySelectorAll('[data-r~="'+rec+'"]').forEach(function(n){
        n.classList.add('hl'); lit.push(n);
      });
    });
  });
})();
"""
