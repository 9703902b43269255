"""Reading GA4GH phenopackets (v2 JSON)."""

from __future__ import annotations

import json

import pytest

from raremap.engine.phenopacket import (
    PhenopacketError,
    onset_for_age,
    parse_phenopacket,
    read_phenopacket,
)

PACKET = {
    "id": "case-1",
    "subject": {"id": "p1", "sex": "FEMALE"},
    "phenotypicFeatures": [
        {"type": {"id": "HP:0001271", "label": "Polyneuropathy"}, "onset": {"age": {"iso8601duration": "P45Y"}}},
        {"type": {"id": "HP:0001744", "label": "Splenomegaly"}, "onset": {"ontologyClass": {"id": "HP:0011462"}}},
        {"type": {"id": "HP:0001250", "label": "Seizure"}, "excluded": True},
    ],
}


def test_a_phenopacket_gives_present_excluded_features_sex_and_earliest_onset():
    p = parse_phenopacket(PACKET)
    assert p.id == "case-1"
    assert p.present == ("HP:0001271", "HP:0001744")
    assert p.excluded == ("HP:0001250",)
    assert p.sex == "female"
    assert p.onset == "HP:0011462"  # young adult (16-40) comes before middle age (P45Y)


def test_ages_map_to_hpo_onset_classes():
    assert onset_for_age("P0D") == "HP:0003577"
    assert onset_for_age("P10D") == "HP:0003623"
    assert onset_for_age("P6M") == "HP:0003593"
    assert onset_for_age("P3Y") == "HP:0011463"
    assert onset_for_age("P70Y") == "HP:0003584"
    assert onset_for_age("yesterday") is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "JSON object"),
        ({"phenotypicFeatures": {}}, "must be a list"),
        ({"phenotypicFeatures": [{"type": {}}]}, "phenotypicFeatures[0] has no type.id"),
        ({"phenotypicFeatures": [{"type": {"id": "HP:0001271"}, "excluded": "yes"}]}, "true or false"),
    ],
)
def test_malformed_phenopackets_get_a_clear_error(data, message):
    with pytest.raises(PhenopacketError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_phenopacket(data)


def test_files_that_are_not_json_say_where(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x",')
    with pytest.raises(PhenopacketError, match="not valid JSON"):
        read_phenopacket(bad)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(PACKET))
    assert read_phenopacket(good).present == ("HP:0001271", "HP:0001744")
