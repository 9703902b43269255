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
    assert body.count(LINE) == len([e for e in explained if e["unreported_hallmarks"]])
    assert "would sharpen the result" in body
    # Seizure and intellectual disability: some ranked conditions have no hallmark left out,
    # and only the others get the line
    response = client.get(reverse("checker-page"), {"present": "HP:0001250,HP:0001249", "method": "published"})
    explained = [r["explanation"] for r in response.context["result"]["ranking"] if r.get("explanation")]
    with_line = [e for e in explained if e["unreported_hallmarks"]]
    assert 0 < len(with_line) < len(explained)
    assert text_of(response).count(LINE) == len(with_line)


def test_the_phenomizer_method_shows_no_such_line(client, text_of):
    response = client.get(reverse("checker-page"), {"present": "HP:0001744,HP:0000846", "method": "phenomizer"})
    assert response.status_code == 200 and LINE not in text_of(response)


def test_worth_checking_next_is_one_heading_that_offers_each_feature_once(client, kb):
    # Hallmarks left out used to be named on a line and again under "Worth checking next".
    import re

    response = client.get(reverse("checker-page"), {"present": "HP:0003401,HP:0000953", "method": "published"})
    body = response.content.decode()
    explained = [r["explanation"] for r in response.context["result"]["ranking"] if r.get("explanation")]
    blocks = re.findall(r'<details class="checker-why">(.*?)</details>', body, re.S)
    assert len(blocks) == len(explained)
    for e, block in zip(explained, blocks, strict=True):
        assert block.count("Worth checking next") == (1 if e["unreported_hallmarks"] or e["also_check"] else 0)
        offered = re.findall(r'<a href="/term/(HP:\d+)/">', block.split("Worth checking next")[-1])
        assert len(offered) == len(set(offered)), e["disease"]
        assert len(offered) == block.count(">I have this</a>") == block.count(">I do not</a>")
        listed = {h["hpo_id"] for h in e["unreported_hallmarks"]}
        offered_ids = listed | {c["hpo_id"] for c in e["also_check"]}
        for c in e["also_check"]:  # nothing already listed, nor broader than anything offered
            assert c["hpo_id"] not in listed and not any(c["hpo_id"] in kb.ontology.ancestors(h) for h in offered_ids)
    poems = next(e for e in explained if e["disease"]["id"] == "ORPHA:2905")
    # Hypogonadism is offered; "Abnormality of the endocrine system" above it is not.
    assert "HP:0000135" in {h["hpo_id"] for h in poems["unreported_hallmarks"]}
    assert "HP:0000818" not in {c["hpo_id"] for c in poems["unreported_hallmarks"] + poems["also_check"]}


def test_worth_checking_next_offers_the_most_specific_terms(client, kb):
    # Mitochondrial DNA depletion syndrome 6 lists both "Depletion of mitochondrial DNA in
    # liver" and the broader "Mitochondrial depletion" among its frequent features.
    response = client.get(reverse("checker-page"), {"present": "HP:0001271,HP:0001744", "method": "phenomizer"})
    explained = [r["explanation"] for r in response.context["result"]["ranking"] if r.get("explanation")]
    mdds6 = next(e for e in explained if e["disease"]["id"] == "OMIM:256810")
    asked = [c["hpo_id"] for c in mdds6["check_next"]]
    offered = [c["hpo_id"] for c in mdds6["also_check"]]
    dropped = set(asked) - set(offered)
    assert dropped and all(any(d in kb.ontology.ancestors(o) for o in offered) for d in dropped)


def test_a_long_list_of_hallmarks_left_out_is_capped_with_a_link_to_the_rest(client):
    # X-linked cerebral adrenoleukodystrophy leaves more than a handful out of this query.
    import re

    from raremap.web.checker.views import HALLMARKS_SHOWN

    response = client.get(reverse("checker-page"), {"present": "HP:0000846,HP:0002415", "method": "published"})
    body = response.content.decode()
    ranking = response.context["result"]["ranking"]
    blocks = re.findall(r'<details class="checker-why">(.*?)</details>', body, re.S)
    explained = [r for r in ranking if r.get("explanation")]
    long = [(r, b) for r, b in zip(explained, blocks, strict=True)
            if len(r["explanation"]["unreported_hallmarks"] or []) > HALLMARKS_SHOWN]
    assert any(r["explanation"]["disease"]["id"] == "ORPHA:139396" for r, _ in long)
    for r, block in long:
        hallmarks = r["explanation"]["unreported_hallmarks"]
        named = block.split(LINE)[1].split("</ul>")[0]
        assert re.findall(r'<a href="/term/(HP:\d+)/">', named) == [h["hpo_id"] for h in hallmarks[:HALLMARKS_SHOWN]]
        more = len(hallmarks) - HALLMARKS_SHOWN
        assert f'and {more} more, listed on <a href="{r["url"]}#sym-title">' in block
    short = [b for r, b in zip(explained, blocks, strict=True)
             if len(r["explanation"]["unreported_hallmarks"] or []) <= HALLMARKS_SHOWN]
    assert short and not any("more, listed on" in b for b in short)


def test_a_hallmark_left_out_shows_every_sources_figure_as_the_disease_page_does(client):
    # Orphanet puts stretch marks at 80%-99% in Marfan syndrome, OMIM counts 11 of 53 people:
    # the checker named the first alone while the disease page files them as occasional.
    response = client.get(reverse("checker-page"), {
        "present": "HP:0001166,HP:0001519,HP:0001083,HP:0002650,HP:0000768", "method": "published"})
    body = " ".join(response.content.decode().split())
    marfan = body.split('href="/disease/ORPHA:558/', 1)[1].split('</details>', 1)[0]
    assert '">Striae distensae</a> <span class="muted">(Stretch marks)</span> — OMIM: 11 of 53 people (21%); Orphanet: 80%-99% of people —' in marfan
