"""404s: unknown addresses and unknown disease ids, on every page under them."""

import re

import pytest


def test_unknown_addresses_get_a_404_suggesting_close_pages(client, text_of):
    r = client.get("/marfan-syndrome/")
    assert r.status_code == 404
    body = text_of(r)
    assert "There is no page at this address." in body
    assert "/disease/ORPHA:558/marfan-syndrome/" in body
    assert 'name="q"' in body  # a search box to carry on


def test_404_survives_hostile_paths(client, text_of):
    for path in ("/%00/", "/" + "a" * 3000 + "/", "/<script>/", "/..%2f..%2fetc/passwd"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "<script>/" not in r.content.decode()


@pytest.mark.parametrize("path", ["/disease/ORPHA:29050/", "/disease/ORPHA:29050/questions/",
                                  "/disease/ORPHA:29050/questions/hereditary/", "/community/ORPHA:29050/"])
def test_every_page_under_an_unknown_disease_id_is_the_same_404_with_close_ids(client, text_of, path):
    r = client.get(path)
    assert r.status_code == 404
    body = text_of(r)
    assert "There is no disease with the id “ORPHA:29050”." in body
    assert "Did you mean" in body and "/disease/ORPHA:2050/" in body


def test_a_disease_address_suggests_only_diseases(client):
    # "nonprogressive" names an HPO term (HP:0003680) and words of disease names alike.
    response = client.get("/disease/x/y/nonprogressive/")
    assert response.status_code == 404
    ids = re.findall(r'<span class="id">([^<]+)</span>', response.content.decode())
    assert ids and all(not i.startswith("HP:") for i in ids), ids
    # Under a disease's questions, the disease's own questions are offered instead (no ids).
    response = client.get("/disease/ORPHA:2905/questions/nonprogressive/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "HP:" not in body.split('<main', 1)[1] and "/disease/ORPHA:2905/questions/outlook/" in body


@pytest.mark.parametrize("path", ["/nope/", "/qwerty/", "/wp-admin/"])
def test_a_random_address_suggests_no_far_fetched_names_but_search_and_the_main_pages(client, text_of, path):
    # "/nope/" suggested "Prominent nose" (one edit in four letters): not a plausible typo.
    r = client.get(path)
    assert r.status_code == 404
    body = text_of(r)
    assert "Did you mean" not in body and 'class="id"' not in body
    assert 'name="q"' in body and 'href="/browse/"' in body and 'href="/checker/"' in body


@pytest.mark.parametrize("path", ["/marfn-syndrome/", "/disease/marfan-syndrom/"])
def test_a_name_slug_with_a_small_typo_still_suggests_the_disease(client, text_of, path):
    body = text_of(client.get(path))
    assert "Did you mean" in body and "/disease/ORPHA:558/marfan-syndrome/" in body
