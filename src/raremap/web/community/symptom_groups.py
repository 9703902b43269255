"""The "My symptoms" checklist: the disease's symptoms grouped as on its disease page (by how
often people have them), each with its everyday names beside the medical one (the same page
data as the disease page, :func:`raremap.knowledge.pages.disease_page`)."""

from __future__ import annotations

from raremap.knowledge.pages import disease_page


def symptom_groups(kb, disease_id: str, added: dict[str, str], checked: set[str]) -> list[dict]:
    """``[{"heading", "items": [{"id", "name", "lay", "checked"}]}]``: one group per frequency
    band of the disease, then the symptoms the member added from outside its list."""
    groups, seen = [], set()
    for band in disease_page(kb, disease_id)["bands"]:
        items = []
        for f in sorted(band["features"], key=lambda f: f["name"].lower()):
            if f["hpo_id"] in seen:
                continue
            seen.add(f["hpo_id"])
            items.append({"id": f["hpo_id"], "name": f["name"], "lay": ", ".join(f["lay_names"][:2]),
                          "checked": f["hpo_id"] in checked})
        if items:
            groups.append({"heading": band["heading"], "items": items})
    extra = [{"id": h, "name": name, "lay": ", ".join(kb.ontology.term(h).lay_names[:2]) if h in kb.ontology else "",
              "checked": h in checked} for h, name in sorted(added.items(), key=lambda kv: kv[1].lower())]
    if extra:
        groups.append({"heading": "Symptoms you added", "items": extra})
    return groups
