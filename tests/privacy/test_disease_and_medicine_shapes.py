"""Words shaped like a disease or a medicine stay, whether or not the knowledge base lists them:
a compound ending in another language's word for "disease" ("Kniesjukan"), a guess followed by a
disease-shaped word ("Kolbeck neuromyopathy", "Haralds makroglobulinemi", "Tamminen ataksia"), an
INN stem or a medicine's form ("Pegvaliase", "Lonafarnib", "Velmanase alfa"), a brand name after a
verb of starting ("começou Trikafta"), "болест на" before an eponym; repeats and visual acuity
are measurements. People and towns next to them are still found."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text):
    return [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, stays", [
    ("Meine Tante, 71 år, har Kniesjukan sedan länge.", "Kniesjukan"),
    ("I was told I have Kolbeck neuromyopathy, not sure what it means.", "Kolbeck"),
    ("Hei, 52 år, Haralds makroglobulinemi med høy IgM.", "Haralds"),
    ("moikka, Oulusta, Tamminen ataksia todettu viime vuonna.", "Tamminen"),
    ("Creatinine 88 µmol/l, Pegvaliase since spring, well tolerated.", "Pegvaliase"),
    ("Ferritin normal, Velmanase alfa 1 mg/kg every week.", "Velmanase"),
    ("A minha irmã começou Trikafta em março.", "Trikafta"),
    ("Диагнозата е болест на Кенеди, казаха лекарите.", "Кенеди"),
])
def test_disease_and_medicine_words_stay(detector, text, stays):
    assert not any(stays in t for _, t in found(detector, text))


@pytest.mark.parametrize("text, stays", [
    ("His HTT result was 44 CAG repeats last year.", "44 CAG repeats"),
    ("O exame mostrou 68 repetições no gene.", "68 repetições"),
    ("Right eye VA 20/200 OD, left eye worse.", "20/200"),
    ("Vision now 6/60 OU after the crisis.", "6/60"),
])
def test_repeats_and_acuity_are_measurements(detector, text, stays):
    assert not any(stays in t or t in stays for _, t in found(detector, text))


@pytest.mark.parametrize("text, kind, value", [
    ("My son Ruairi has Duchenne muscular dystrophy.", Kind.NAME, "Ruairi"),
    ("Hello, I'm Margit Salonen from Kuopio and I have an ataxia.", Kind.NAME, "Margit Salonen"),
    ("Jeg heter Torunn Vik og bor i Tromsø.", Kind.ADDRESS, "Tromsø"),
])
def test_people_and_towns_next_to_them_are_found(detector, text, kind, value):
    assert (kind, value) in found(detector, text)
