"""The checker names the hallmarks of a condition that the symptom list leaves out."""

from __future__ import annotations

from django.urls import reverse

LINE = "Usually present but not in your list:"


def test_the_checker_names_the_hallmarks_left_out_only_where_they_count(client, text_of):
    response = client.get(reverse("checker-page"), {"present": "HP:0001744,HP:0000846", "method": "published"})
    assert response.status_code == 200
    body = text_of(response)
    explained = [r["explanation"] for r in response.context["result"]["ranking"] if r.get("explanation")]
    poems = next(e for e in explained if e["disease"]["id"] == "ORPHA:2905")
    assert "HP:0001271" in [h["hpo_id"] for h in poems["unreported_hallmarks"]]
    assert f'<a href="{reverse("pages-term", args=["HP:0001271"])}">Polyneuropathy</a>' in body
    with_line = [e for e in explained if e["unreported_hallmarks"]]
    assert len(with_line) < len(explained)  # some of the ranked conditions have no hallmark left out
    assert body.count(LINE) == len(with_line)
    assert "would sharpen the result" in body


def test_the_phenomizer_method_shows_no_such_line(client, text_of):
    response = client.get(reverse("checker-page"), {"present": "HP:0001744,HP:0000846", "method": "phenomizer"})
    assert response.status_code == 200 and LINE not in text_of(response)
