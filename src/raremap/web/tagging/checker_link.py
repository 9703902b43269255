"""The symptom checker's URL state, as agreed between the apps: /checker/?present=...&absent=...
with comma-separated HPO ids."""

from __future__ import annotations

from urllib.parse import urlencode

CHECKER_PATH = "/checker/"


def checker_url(present: list[str], absent: list[str]) -> str:
    params = {}
    if present:
        params["present"] = ",".join(present)
    if absent:
        params["absent"] = ",".join(a for a in absent if a not in present)
    return CHECKER_PATH + ("?" + urlencode(params, safe=":,") if params else "")
