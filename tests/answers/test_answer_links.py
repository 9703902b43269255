"""Links inside an answer's sentences: a sentence that points at another answer links to
it, and the list of similar conditions links each condition to its page (Django test
client, real knowledge base)."""

from __future__ import annotations

import re

import pytest

from raremap.answers import answer
from raremap.web.answers.linking import linked

MARFAN = "ORPHA:558"
pytestmark = pytest.mark.django_db


def statements_html(response) -> list[str]:
    body = response.content.decode()
    core = body.split('<section class="core-answer"', 1)[1].split("</section>", 1)[0]
    return re.findall(r"<li>(.*?)<sup", core, re.S)


def test_each_similar_condition_links_to_its_own_page(client, kb):
    listed = statements_html(client.get(f"/disease/{MARFAN}/questions/similar/"))
    ids = [s.id for s in answer(kb, MARFAN, "similar").sources if s.kind == "reference"]
    linked_ids = [m for li in listed for m in re.findall(r'<a href="/disease/([A-Z]+:\d+)/[^"]*">', li)]
    assert ids and linked_ids == ids


@pytest.mark.parametrize(("question", "target", "words"), [
    ("diagnosis", "symptoms", "the answer on symptoms"),
    ("contagious", "hereditary", "the answer on whether it is hereditary"),
    ("what-is-it", "hereditary", "The answer on whether it is hereditary"),
])
def test_a_sentence_pointing_at_another_answer_links_to_it(client, question, target, words):
    listed = statements_html(client.get(f"/disease/{MARFAN}/questions/{question}/"))
    assert any(f'<a href="/disease/{MARFAN}/questions/{target}/">{words}</a>' in li for li in listed)


def test_no_answer_links_to_itself(kb):
    html = linked(kb, MARFAN, "symptoms", "The features are listed in the answer on symptoms.")
    assert "<a" not in html and html == "The features are listed in the answer on symptoms."


def test_the_words_around_a_link_stay_escaped(kb):
    html = linked(kb, MARFAN, "diagnosis", "<b>x</b> & see the answer on symptoms")
    assert html.startswith("&lt;b&gt;x&lt;/b&gt; &amp; see <a href=")
    named = linked(kb, MARFAN, "similar", "<i>Odd</i> name (ORPHA:558).")
    assert named.startswith('<a href="/disease/ORPHA:558/') and "&lt;i&gt;Odd&lt;/i&gt; name</a>" in named


def test_an_id_unknown_to_the_knowledge_base_is_not_linked(kb):
    assert "<a" not in linked(kb, MARFAN, "similar", "Nothing (ORPHA:99999999).")


def test_learn_more_in_a_sentence_leads_to_the_section_on_the_page_and_from_the_index(client):
    # "The pages listed under “Learn more” may say more." pointed at a section by name only;
    # on the list of all answers there is no such section at all.
    body = client.get(f"/disease/{MARFAN}/questions/prevalence/").content.decode()
    assert '<h3 id="learn-more">Learn more</h3>' in body
    assert 'listed under <a href="#learn-more">\u201cLearn more\u201d</a> may say more' in body
    index = client.get(f"/disease/{MARFAN}/questions/").content.decode()
    assert f'listed under <a href="/disease/{MARFAN}/questions/prevalence/#learn-more">\u201cLearn more\u201d</a>' in index


def test_learn_more_is_not_linked_when_the_answer_has_no_such_section(kb):
    from raremap.web.answers.linking import learn_more_url

    a = answer(kb, MARFAN, "symptoms")
    assert learn_more_url(a, True) is None
    assert "<a" not in linked(kb, MARFAN, "symptoms", "The pages listed under \u201cLearn more\u201d may say more.",
                              learn_more_url(a, True))
