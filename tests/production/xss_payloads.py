"""XSS payloads built programmatically (vectors × contexts) and an HTML checker that finds
any element, attribute or script that a payload managed to inject.

Each payload carries its own marker (``XSS0001``...) inside its would-be script, so a
failure names the payload that escaped. A payload has escaped when, after parsing the page
as a browser would tokenise it, its marker appears in a ``<script>``/``<style>`` body, in an
event-handler attribute (``on*``), in a URL attribute that starts with ``javascript:`` or
``data:``, in ``srcdoc``/``style``, in an attribute *name*, or on an element that only an
injection would create (``iframe``, ``object``, ``svg``...). The marker inside text or an
ordinary attribute value (an escaped echo such as ``value="&lt;script&gt;…"``) is safe.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

VECTORS = [
    '<script>alert("{m}")</script>',
    '<img src=x onerror=alert("{m}")>',
    '<svg onload=alert("{m}")>',
    '<svg/onload=alert("{m}")>',
    '<svg><script>alert("{m}")</script></svg>',
    "<iframe src=\"javascript:alert('{m}')\"></iframe>",
    "<iframe srcdoc=\"<script>alert('{m}')</script>\">",
    "<a href=\"javascript:alert('{m}')\">x</a>",
    "<a href=\"&#106;avascript:alert('{m}')\">x</a>",
    '<body onload=alert("{m}")>',
    '<details open ontoggle=alert("{m}")>',
    '<input autofocus onfocus=alert("{m}")>',
    '<select autofocus onfocus=alert("{m}")>',
    '<textarea autofocus onfocus=alert("{m}")>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert("{m}")>',
    "<object data=\"javascript:alert('{m}')\">",
    "<embed src=\"javascript:alert('{m}')\">",
    "<style>@import 'javascript:alert(\"{m}\")';</style>",
    '<marquee onstart=alert("{m}")>',
    '<video><source onerror=alert("{m}")></video>',
    '<audio src=x onerror=alert("{m}")>',
    "<form action=\"javascript:alert('{m}')\"><button>x</button></form>",
    "<base href=\"javascript:alert('{m}')//\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('{m}')\">",
    "<link rel=stylesheet href=\"javascript:alert('{m}')\">",
    "<div style=\"background:url(javascript:alert('{m}'))\">",
    '<scr<script>ipt>alert("{m}")</scr</script>ipt>',
    "<SCRIPT SRC=//evil.example/{m}.js></SCRIPT>",
    '<img """><script>alert("{m}")</script>">',
    '<IMG SRC=JaVaScRiPt:alert("{m}")>',
    '<img src=x:alert(alt) onerror=eval(src) alt="{m}">',
    '<!--<script>alert("{m}")</script>-->',
    "<noscript><p title=\"</noscript><img src=x onerror=alert('{m}')>\">",
    '<template><img src=x onerror=alert("{m}")></template>',
    '<x onclick=alert("{m}")>click',
    '<a id=x tabindex=1 onfocusin=alert("{m}")></a>',
    '<object data="data:text/html;base64,PHNjcmlwdD4=" name="{m}">',
    '<isindex type=image src=1 onerror=alert("{m}")>',
    '<frameset onload=alert("{m}")>',
    '<table background="javascript:alert(\'{m}\')">',
]

CONTEXTS = [
    "{p}", '">{p}', "'>{p}", '"/>{p}', "</textarea>{p}", "</title>{p}", "</script>{p}", "</style>{p}",
    "-->{p}", "]]>{p}", "</noscript>{p}", "</option></select>{p}", "<div>{p}</div>", "{p}<!--", "`{p}`",
    "\u202e{p}", " {p} ", "{p}{p}", "x{p}y", "%3C{p}", "&lt;{p}", "\\'{p}", "\ufeff{p}", "{P}",
    "\" onmouseover=\"alert('{m}')\" x=\"", "' onmouseover='alert(\"{m}\")' x='", "javascript:alert('{m}')",
]

MARKER = re.compile(r"XSS\d{4}")


def payloads(limit: int | None = None) -> list[tuple[str, str, str]]:
    """``(marker, payload, needle)`` for every vector in every context (1,080 in all);
    ``needle`` is the markup part (it has a ``<``) that must never appear verbatim."""
    out = []
    for v in VECTORS:
        for c in CONTEXTS:
            m = f"XSS{len(out):04d}"
            p = v.format(m=m)
            up = p.upper().replace(m.upper(), m)
            payload = c.format(p=p, P=up, m=m)
            needle = up if "{P}" in c else (p if "{p}" in c else "")
            out.append((m, payload, needle))
    return out[:limit] if limit else out


URL_ATTRS = {"href", "src", "action", "formaction", "data", "background", "poster", "xlink:href", "lowsrc", "dynsrc"}
INJECTED_ONLY = {"iframe", "object", "embed", "svg", "math", "base", "frameset", "frame", "applet", "marquee",
                 "video", "audio", "source", "isindex", "keygen", "template", "x", "mglyph"}


class EscapeFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.escapes: list[str] = []
        self._raw: str | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if MARKER.search(name):
                self.escapes.append(f"attribute name <{tag} {name}>")
            if not MARKER.search(value):
                continue
            low = re.sub(r"[\s\x00-\x20]", "", value).lower()
            if (name.startswith("on") or name in {"srcdoc", "style"}
                    or (name in URL_ATTRS and low.startswith(("javascript:", "data:", "vbscript:")))
                    or (tag == "meta" and "url=javascript" in low) or tag in INJECTED_ONLY or tag == "script"):
                self.escapes.append(f"<{tag} {name}={value[:80]!r}>")
        if tag in ("script", "style"):
            self._raw = tag

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data):
        if self._raw and MARKER.search(data):
            self.escapes.append(f"<{self._raw}> body {data.strip()[:80]!r}")


def escapes_in(html: str, needles: list[str] = ()) -> list[str]:
    """Every injection found in ``html``; ``needles`` are payload markups whose verbatim
    presence alone is an escape (catches mutation vectors the tokeniser reads differently
    from a browser, e.g. ``<math><mglyph><style><img onerror>``)."""
    finder = EscapeFinder()
    finder.feed(html)
    finder.close()
    verbatim = [f"verbatim {n[:60]!r}" for n in needles if n and n in html]
    return finder.escapes + verbatim
