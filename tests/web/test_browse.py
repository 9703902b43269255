"""Browse by category: Orphanet's classification as pages, on the real artifact."""

import re

from raremap.knowledge.browse import browse_tree, group_page

INFECTIOUS = "ORPHA:68416"


def test_browse_lists_every_top_group_with_its_count(client, kb, text_of):
    r = client.get("/browse/")
    assert r.status_code == 200
    body = text_of(r)
    tree = browse_tree(kb)
    assert tree["groups"], "the artifact carries Orphanet's classification"
    for g in tree["groups"]:
        assert g["count"] == kb.classification.count(g["id"]) > 0
        assert f'href="/browse/{g["id"]}/">{g["name"]}</a>' in body
        assert f'{g["count"]:,} disease' in body
    assert f'href="/browse/{INFECTIOUS}/">Rare infectious disease</a>' in body
    assert '<link rel="canonical" href="http://testserver/browse/">' in body


def test_a_group_page_lists_its_subgroups_and_its_diseases(client, kb, text_of):
    tree = kb.classification
    # A group with both subgroups and diseases filed directly under it.
    gid = next(g for g in tree.roots() for g in [g, *tree.children(g.id)]
               if group_page(kb, g.id)["subgroups"] and group_page(kb, g.id)["diseases"])
    gid = gid.id
    page = group_page(kb, gid)
    body = text_of(client.get(f"/browse/{gid}/"))
    assert f"<h1>{page['name']}</h1>" in body
    for s in page["subgroups"]:
        assert f'href="/browse/{s["id"]}/">{s["name"]}</a>' in body
        assert s["count"] == tree.count(s["id"])
    for d in page["diseases"]:
        assert re.search(rf'href="/disease/{re.escape(d["id"])}/[^"]*">', body)
        assert tree.has_page(d["id"])
    # Every disease under the group is reached through its subgroups or its own list.
    reached = set().union(*(tree.diseases_under(s["id"]) for s in page["subgroups"]), (d["id"] for d in page["diseases"]))
    assert reached >= tree.diseases_under(gid) - {gid}


def test_disease_links_lead_to_disease_pages(client, kb):
    page = next(group_page(kb, c.id) for c in kb.classification.children(INFECTIOUS) if group_page(kb, c.id)["diseases"])
    first = page["diseases"][0]
    body = client.get(f"/browse/{page['id']}/").content.decode()
    href = re.search(rf'href="(/disease/{re.escape(first["id"])}/[^"]*)"', body).group(1)
    r = client.get(href)
    assert r.status_code == 200 and first["name"] in r.content.decode()


def test_group_pages_have_breadcrumbs_up_to_browse(client, kb, text_of):
    child = kb.classification.children(INFECTIOUS)[0]
    body = text_of(client.get(f"/browse/{child.id}/"))
    crumbs = re.search(r'<nav class="crumbs".*?</nav>', body).group(0)
    assert 'href="/browse/">Browse</a>' in crumbs and f'href="/browse/{INFECTIOUS}/"' in crumbs


def test_unknown_group_is_the_friendly_404(client, text_of):
    for given in ("ORPHA:999999999", "nonsense", "HP:0000118", "ORPHA:" + "9" * 300):
        r = client.get(f"/browse/{given}/")
        assert r.status_code == 404
        body = text_of(r)
        assert "There is no Orphanet group with the id" in body
        assert 'href="/browse/">Browse diseases by category</a>' in body
        assert "Traceback" not in body


def test_home_links_to_browse(client, text_of):
    assert 'href="/browse/"' in text_of(client.get("/"))


def test_browse_works_without_javascript(client):
    body = client.get("/browse/").content.decode()
    assert "<script" not in body.split("<main", 1)[1].split("</main>", 1)[0]
