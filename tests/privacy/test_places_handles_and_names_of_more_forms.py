"""More forms of personal data: places of care named with a hospital word of another language
("Kinderklinik …", "Hospital do …", "… Hastanesi", "Bệnh viện …", "…병원"), a town's general hospital
("Bradford General"), an acronym where care is given ("treated at KKUH", "JCUH haematology"), a listed
name that is also a place when a town or a record keyword follows; user names opened by an acronym,
beside another user name, after "my handle is … because", with non-Latin letters, or dotted and
ending in an initial; towns after "no", "di", "hello from", a form's "City:" and a Turkish case
ending; the model's "date" that is only a time; a nickname between a first and last name; a name
said to be someone's middle name or a role's name; Korean and Chinese names."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text):
    return [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, hospital", [
    ("Kinderklinik Harlaching: Ida Vogt, Verdacht auf Morbus Krabbe.", "Kinderklinik Harlaching"),
    ("Consultas no Hospital do Espírito Santo. Obrigada.", "Hospital do Espírito Santo"),
    ("Oğlum şu an Dokuz Eylül Üniversitesi Hastanesi'nde takip ediliyor.", "Dokuz Eylül Üniversitesi Hastanesi"),
    ("Con tôi khám ở Bệnh viện Bạch Mai từ năm ngoái.", "Bệnh viện Bạch Mai"),
    ("아들은 세브란스병원에서 치료 중입니다.", "세브란스병원"),
    ("Follow-up letter sent. Bradford General.", "Bradford General"),
    ("My son has dialysis at KKUH every week.", "KKUH"),
    ("Copy to the JCUH haematology team, please.", "JCUH"),
    ("Monthly infusions, Gartnavel Royal rheumatology.", "Gartnavel Royal"),
])
def test_places_of_care(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in found(rules_only, text)


@pytest.mark.parametrize("text", [
    "Paediatric neurology said it was benign.",
    "Dr Okafor rheumatology review next week",
    "The Sheffield General Practice list is closed.",
    "The doctors think my son has Recurrent respiratory papillomatosis.",
])
def test_department_words_alone_are_no_place(rules_only, text):
    assert [t for k, t in found(rules_only, text) if k is Kind.HOSPITAL] == []


@pytest.mark.parametrize("text, handle", [
    ("MSMumOfTwo here, relapse again this spring", "MSMumOfTwo"),
    ("thanks pots_pixie and DysautoDee for the tips", "DysautoDee"),
    ("TeamArchie update: home from hospital!", "TeamArchie"),
    ("my handle is zZspoonieZz because of the fatigue", "zZspoonieZz"),
    ("关注我 @小雨妈妈 了解更多", "@小雨妈妈"),
    ("Ticket reassigned to helpdesk.marta.b this morning", "helpdesk.marta.b"),
])
def test_user_names(rules_only, text, handle):
    assert (Kind.USERNAME, handle) in found(rules_only, text)


def test_a_listed_hospital_written_in_camel_case_is_no_user_name(rules_only):
    assert (Kind.USERNAME, "SickKids") not in found(rules_only, "Discharge letter, SickKids: home today")


@pytest.mark.parametrize("text, town", [
    ("Moramos no Porto desde 2019.", "Porto"),
    ("Sono Giulia Ferri di Perugia, mio figlio ha la SMA.", "Perugia"),
    ("Hello from Florence! We are new here.", "Florence"),
    ("Name: A. Petrović | City: Novi Sad | Message: hi", "Novi Sad"),
    ("Ankara'dan yazıyorum, kızım hasta.", "Ankara"),
])
def test_towns_after_more_cues(rules_only, text, town):
    assert (Kind.ADDRESS, town) in found(rules_only, text)


def test_the_disease_after_di_stays(rules_only):
    assert [t for k, t in found(rules_only, "Ha la sindrome di Williams da due anni.") if k is Kind.ADDRESS] == []


@pytest.mark.parametrize("text, name, age", [
    ('Hi, Cornelius "Neil" Abernathy here, 61, with Fabry disease.', 'Cornelius "Neil" Abernathy', "61"),
])
def test_a_nickname_between_first_and_last_name(detector, text, name, age):
    kinds = found(detector, text)
    assert (Kind.NAME, name) in kinds and (Kind.AGE, age) in kinds


@pytest.mark.parametrize("text, name", [
    ("Crohn is my middle name, funnily enough", "Crohn"),
    ("Pompe is the physio's name, believe it or not", "Pompe"),
    ("my surname really is Addison, like the disease", "Addison"),
    ("our nurse Batten has seen it all", "Batten"),
    ("my sister-in-law is Grace Fabry (no relation)", "Grace Fabry"),
])
def test_names_said_to_be_names(rules_only, text, name):
    assert (Kind.NAME, name) in found(rules_only, text)


@pytest.mark.parametrize("text, name", [
    ("안녕하세요, 저는 정다은입니다. 상담 부탁드립니다.", "정다은"),
    ("제 아들 윤서준는 다섯 살입니다.", "윤서준"),
    ("病历: 陈思远, 38岁, 法布里病", "陈思远"),
    ("我儿子 李浩然 今年五岁", "李浩然"),
])
def test_korean_and_chinese_names(rules_only, text, name):
    assert (Kind.NAME, name) in found(rules_only, text)


def test_the_models_time_of_day_is_no_date(detector):
    text = "Infusion at 09:15, review at 14:45 please, warfarin 3 mg."
    assert [t for k, t in found(detector, text) if k is Kind.DATE] == []
