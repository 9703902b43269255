import re


def test_it_shows_one_search_box_and_the_counts(client, kb, text_of):
    r = client.get("/")
    assert r.status_code == 200
    body = text_of(r)
    assert body.count('name="q"') == 1  # the header search is left out on the home page
    assert f"{len(kb.diseases):,} diseases" in body
    assert 'action="/search/"' in body


def test_every_page_has_skip_link_landmarks_disclaimer_and_release(client, kb, text_of):
    for url in ("/", "/about/", "/search/?q=poems", "/disease/ORPHA:2905/", "/term/HP:0003401/"):
        body = text_of(client.get(url))
        assert '<a class="skip-link" href="#main">' in body, url
        assert '<main id="main"' in body and 'role="banner"' in body and 'role="contentinfo"' in body, url
        assert "Medical disclaimer." in body, url
        assert f"release {kb.release}" in body, url
        assert '<nav class="site-nav" aria-label="Main">' in body, url


def test_the_footer_names_every_data_set_the_pages_draw_on(client, kb, text_of):
    # Orphanet's facts, MONDO's mappings and the published patients appear on disease pages
    # and in answers: the footer of every page names each beside HPO, with its address.
    footer = re.search(r'<footer class="site-footer".*?</footer>', text_of(client.get("/"))).group(0)
    named = [s for s in kb.sources if s["name"] != "Human Phenotype Ontology"]
    assert {s["name"] for s in named} >= {"Orphanet", "MONDO", "phenopacket-store"}
    for s in named:
        assert f'<a href="{s["url"]}">{s["name"]}</a>' in footer


def test_about_names_the_release_and_counts(client, kb, text_of):
    body = text_of(client.get("/about/"))
    assert kb.release in body
    assert f"{len(kb.ontology):,} HPO terms" in body


def test_pages_refuse_posts(client):
    assert client.post("/").status_code == 405
    assert client.post("/search/", {"q": "x"}).status_code == 405
    assert client.post("/disease/ORPHA:2905/").status_code == 405


def test_static_files_are_served_by_whitenoise(client):
    r = client.get("/static/raremap/site.css")
    assert r.status_code == 200
    assert b"--accent" in b"".join(r.streaming_content)


def test_about_covers_answers_checker_community_and_member_privacy(client, text_of):
    body = text_of(client.get("/about/"))
    assert "whether it has been medically reviewed" in body
    assert 'href="/checker/"' in body and "not a diagnosis" in body
    assert "delete their account" in body and "never shown to others" in body


def test_each_card_on_the_home_page_leads_somewhere(client, text_of):
    body = text_of(client.get("/"))
    cards = re.findall(r'<section class="card".*?</section>', body, re.S)
    assert len(cards) == 3 and all("<a href=" in c for c in cards)
    assert 'href="/term/HP:0003401/"' in cards[1]
