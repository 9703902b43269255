"""A town right after a place of care and a comma ("Hôpital Fann, Dakar", "Ospedale Maggiore,
Lodi") or after "and in" only locates it and is no one's address; a town with a district number or
a postcode after it is part of an address all the same."""

from __future__ import annotations

from raremap.privacy import Kind
from raremap.privacy.detector import _locates_hospital
from raremap.privacy.finding import Finding


def _town(text, town):
    start = text.index(town)
    return Finding(Kind.ADDRESS, start, start + len(town), town, "ner")


def test_a_town_after_a_hospital_and_a_comma_locates_it():
    text = "Signed: Dr Amadou Sy, Hôpital Principal, Thiès. Tel. +221 33 555 1234"
    hospital_end = text.index(", Thiès")
    assert _locates_hospital(text, _town(text, "Thiès"), [hospital_end])


def test_a_town_with_its_district_or_postcode_is_an_address():
    text = "Ward address: Oak Lane, Rathmines Clinic, Dublin 6, D06 X2Y3."
    hospital_end = text.index(", Dublin")
    assert not _locates_hospital(text, _town(text, "Dublin"), [hospital_end])


def test_a_town_far_from_a_hospital_is_kept(detector):
    text = "We live in Kendal and go to Furness General Hospital for clinics."
    assert (Kind.ADDRESS, "Kendal") in [(f.kind, f.text) for f in detector.find(text)]
