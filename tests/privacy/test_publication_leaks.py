"""The leaks found in published inquiries and error reports, as attacks on the detector:
hospitals without a keyword, phones in international and local form, months, addresses with
their town and postcode, US dates, ids, IP addresses; and the disease names and lab values
that must never be redacted."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind, redact


def test_the_published_inquiry_that_leaked_is_fully_redacted(detector):
    text = ("My son was treated at Klinikum rechts der Isar; call me on +49 151 2345678. "
            "We travelled to Spain in June and his Batten disease got worse.")
    out = redact(text, detector.find(text))
    for leak in ("rechts der", "Isar", "+49", "151", "2345678", "June"):
        assert leak not in out, out
    assert "Batten disease" in out and "Spain" in out  # a country is coarse enough to keep


@pytest.mark.parametrize("text,kind,piece", [
    ("We flew to Charité for a second opinion.", Kind.HOSPITAL, "Charité"),
    ("The team at Great Ormond Street found it.", Kind.HOSPITAL, "Great Ormond Street"),
    ("He was admitted to Mass General last week.", Kind.HOSPITAL, "Mass General"),
    ("Karolinska has a clinic for it.", Kind.HOSPITAL, "Karolinska"),
    ("She was treated at St Mary's Hospital.", Kind.HOSPITAL, "St Mary's Hospital"),
    ("Her test was done at Policlinico Gemelli.", Kind.HOSPITAL, "Policlinico Gemelli"),
    ("My mobile is 151 2345678 after six.", Kind.PHONE, "151 2345678"),
    ("Call +33 6 12 34 56 78 tonight.", Kind.PHONE, "+33 6 12 34 56 78"),
    ("She was born on 12/25/2019.", Kind.DATE, "12/25/2019"),
    ("The letter was dated 5/7/22.", Kind.DATE, "5/7/22"),
    ("My first appointment was on 14.03.2021 at nine.", Kind.DATE, "14.03.2021"),
    ("I started the infusions last September.", Kind.DATE, "September"),
    ("I was twenty-four when it began.", Kind.AGE, "twenty-four"),
    ("Diagnosed at forty-one, I had never heard of it.", Kind.AGE, "forty-one"),
    ("My insurance number is A123456789.", Kind.RECORD_NUMBER, "A123456789"),
    ("My social security number 123-45-6789 was on it.", Kind.RECORD_NUMBER, "123-45-6789"),
    ("The reference RM-2023-0442 is on the letter.", Kind.RECORD_NUMBER, "RM-2023-0442"),
    ("It logged me in from 192.168.1.23 today.", Kind.IP_ADDRESS, "192.168.1.23"),
    ("The page showed 2001:db8:85a3::8a2e:370:7334 in the corner.", Kind.IP_ADDRESS, "2001:db8:85a3::8a2e:370:7334"),
])
def test_each_kind_is_found(detector, text, kind, piece):
    found = [(f.kind, text[f.start:f.end]) for f in detector.find(text)]
    assert any(k is kind and piece in t for k, t in found), found


@pytest.mark.parametrize("text,address", [
    ("Send it to Hauptstraße 12, 80331 München please.", "Hauptstraße 12, 80331 München"),
    ("Our address is 42 Baker Street, London NW1 6XE if you visit.", "42 Baker Street, London NW1 6XE"),
    ("We meet at 12 rue de la Paix, 75002 Paris every month.", "12 rue de la Paix, 75002 Paris"),
    ("Mail it to 1600 Pennsylvania Ave NW, Washington, DC 20500 now.",
     "1600 Pennsylvania Ave NW, Washington, DC 20500"),
    ("Our flat is at Flat 4, 19 Mill Lane, Cambridge CB2 1RX.", "Flat 4, 19 Mill Lane, Cambridge CB2 1RX"),
])
def test_a_street_address_is_one_finding_with_its_town_and_postcode(detector, text, address):
    found = [text[f.start:f.end] for f in detector.find(text) if f.kind is Kind.ADDRESS]
    assert found == [address]


@pytest.mark.parametrize("text,keep", [
    ("Her Batten disease was found at four.", "Batten disease"),
    ("Pompe and Fabry are both storage diseases.", "Pompe"),
    ("Pompe and Fabry are both storage diseases.", "Fabry"),
    ("It was a Stevens-Johnson reaction to the drug.", "Stevens-Johnson"),
    ("The doctors considered Sjögren and lupus first.", "Sjögren"),
    ("My brother has Hunter syndrome.", "Hunter syndrome"),
    ("He cares for my brother with Duchenne.", "Duchenne"),
    ("The Policlinico Gemelli has a unit for Behçet patients.", "Behçet"),
    ("My lead level was 12 mcg/dL at the last test.", "12 mcg/dL"),
    ("Platelets 450 x10^9/L on the last count.", "450 x10^9/L"),
    ("I take 40 mg of prednisolone every morning.", "40 mg"),
    ("Blood pressure was 140/90 at the clinic.", "140/90"),
])
def test_disease_names_and_lab_values_are_never_redacted(detector, text, keep):
    assert keep in redact(text, detector.find(text))


def test_a_person_named_like_an_eponym_is_still_a_name(detector):
    text = "My name is Jonas Weber and my wife Claudia drives me."
    found = {text[f.start:f.end] for f in detector.find(text) if f.kind is Kind.NAME}
    assert {"Jonas Weber", "Claudia"} <= found
