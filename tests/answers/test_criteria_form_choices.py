"""The criteria checker's form: one checkbox per finding, and terms that do not count on
their own say so (diabetes mellitus is listed both as an endocrinopathy term and as one
that does not count alone in the POEMS set)."""

import pytest

from raremap.engine.criteria import sets_for_disease
from raremap.web.answers.forms import finding_choices


def test_each_item_offers_each_finding_once(kb):
    for item_id, _label, options in finding_choices(kb, sets_for_disease("ORPHA:2905")[0]):
        values = [v for v, _ in options]
        assert len(values) == len(set(values)), item_id


def test_terms_that_do_not_count_alone_are_labelled(kb):
    choices = {item: dict(opts) for item, _, opts in finding_choices(kb, sets_for_disease("ORPHA:2905")[0])}
    endo = choices["endocrinopathy"]
    assert endo["HP:0000819"].endswith("does not count on its own")
    assert endo["HP:0000821"].endswith("does not count on its own")
    assert "does not count" not in endo["HP:0000834"]


@pytest.mark.django_db  # the page cache is in the database
def test_the_criteria_page_shows_diabetes_once(client):
    body = client.get("/disease/ORPHA:2905/criteria/").content.decode()
    assert body.count('value="HP:0000819"') == 1


@pytest.mark.django_db
def test_the_criteria_form_is_grouped_under_mandatory_major_and_minor_headings(client):
    body = client.get("/disease/ORPHA:2905/criteria/").content.decode()
    heads = [body.index(f'<h2 class="criteria-group">{t}</h2>')
             for t in ("Mandatory major criteria", "Other major criteria", "Minor criteria")]
    assert heads == sorted(heads)
    assert heads[0] < body.index("Polyneuropathy — Peripheral nerve disease (HP:0001271)") < heads[1] < body.index("Castleman") < heads[2]
    assert heads[2] < body.index('value="HP:0001085"')
