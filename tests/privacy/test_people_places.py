"""Names, ages, towns and hospitals the detector must find from their context, and the words
beside them that must stay (on the real knowledge base's allow-list)."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.ner import _to_finding
from tests.privacy.conftest import kinds


@pytest.mark.parametrize(("text", "found"), [
    ("Dr Sørensen will see us in March.", "Sørensen"),
    ("We were sent to Dr O'Donnell for the scan.", "O'Donnell"),
    ("Prof McAllister runs the clinic.", "McAllister"),
    ("Our twins Oluwaseun and Kemi started school.", "Oluwaseun"),
    ("My father-in-law Tadeusz drives us.", "Tadeusz"),
    ("Her stepson Yerlan has the same rash.", "Yerlan"),
    ("Ingeborg here, from the north, with a question.", "Ingeborg"),
    ("That is all I know for now.\nMany thanks,\nTariku", "Tariku"),
    ("Any tips welcome.\n- Wiremu", "Wiremu"),
])
def test_names_from_their_context(rules_only, text, found):
    assert (Kind.NAME, found) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Anyone here, from the north, with the same scans?",
    "Everyone here has been so kind. Thanks again",
    "my son will be fine after the operation",
    "Thanks for reading, it means a lot.",
])
def test_no_name_where_the_context_has_none(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k is Kind.NAME] == []


def test_a_name_joined_by_and_stays_a_name_when_the_model_calls_it_a_place(detector):
    found = kinds(detector, "Our twins Aiyla and Montana have the same tremor.")
    assert (Kind.NAME, "Aiyla") in found and (Kind.NAME, "Montana") in found


@pytest.mark.parametrize(("text", "age"), [
    ("Hi, I'm Ksenia, 47, and new to this.", "47"),
    ("Radek here, 33. Any advice on braces?", "33"),
    ("My boy Tiago (6) has the same rash.", "6"),
    ("Our daughter Amara is nine and loves swimming.", "nine"),
    ("My uncle Gustavo was 58 when the tremor began.", "58"),
    ("She's nearly 4 and still not walking.", "4"),
    ("I'm now fifty-two and the pain is worse.", "fifty-two"),
])
def test_ages_after_a_name_or_a_person(rules_only, text, age):
    assert (Kind.AGE, age) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "My husband Nikolai is 10 minutes away from the hospital.",
    "Our son Pavel was 3 of 12 children in the trial.",
    "Her daughter Lina (2021) was the first case.",
])
def test_numbers_after_a_name_that_are_not_ages(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k is Kind.AGE] == []


@pytest.mark.parametrize(("text", "town"), [
    ("We're in Plovdiv and the nearest genetics team is far.", "Plovdiv"),
    ("I'm writing from Cochabamba about my son.", "Cochabamba"),
    ("Greetings to all, we are a family from Trabzon.", "Trabzon"),
    ("We moved to Ljubljana last year.", "Ljubljana"),
    ("We now live in Newcastle upon Tyne with my parents.", "Newcastle upon Tyne"),
])
def test_towns_where_someone_lives_or_is_treated(rules_only, text, town):
    assert (Kind.ADDRESS, town) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "I'm in Spain for the summer.",
    "We're in June already and still no letter.",
    "I'm in Year 9 at school and have scoliosis.",
    "I'm in hospital again with pancreatitis.",
])
def test_no_town_for_countries_months_or_school_years(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k is Kind.ADDRESS] == []


@pytest.mark.parametrize(("text", "hospital"), [
    ("Her scans were done at Siriraj last spring.", "Siriraj"),
    ("We see the team at Children's Mercy twice a year.", "Children's Mercy"),
    ("He was treated at Groote Schuur for years.", "Groote Schuur"),
    ("My GP is at Mill Road Surgery and knows us well.", "Mill Road Surgery"),
    ("Our doctor moved to Riverside Medical Practice.", "Riverside Medical Practice"),
])
def test_hospitals_and_practices_without_a_hospital_keyword(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "He needs Cardiac Surgery before he is two.",
    "The Epilepsy Surgery waiting list is long.",
    "Best Practice guidance says to test early.",
])
def test_operations_and_guidance_are_not_practices(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k is Kind.HOSPITAL] == []


def _model_says(text, entity, span):
    """What the detector makes of one entity the model reported (no model needed)."""
    start = text.index(span)
    return _to_finding(text, entity, start, start + len(span))


def test_an_unknown_place_after_at_in_a_text_about_care_is_a_hospital():
    f = _model_says("The metabolic clinic for our son is at Wahiawa every month.", "LOCATION", "Wahiawa")
    assert f is not None and f.kind is Kind.HOSPITAL


def test_a_town_after_in_stays_a_place_and_a_known_region_after_at_too():
    assert _model_says("The clinic is in Wahiawa.", "LOCATION", "Wahiawa").kind is Kind.ADDRESS
    assert _model_says("We saw the team at Yorkshire.", "LOCATION", "Yorkshire").kind is Kind.ADDRESS


def test_a_word_no_list_knows_as_a_first_name_after_in_is_a_town():
    assert _model_says("The hospital in Trabzon asked for it.", "PERSON", "Trabzon").kind is Kind.ADDRESS
    assert _model_says("We stayed in Thiago's room.", "PERSON", "Thiago").kind is Kind.NAME


def test_a_court_is_not_a_hospital():
    assert _model_says("The appeal about the treatment is at the Landgericht.", "ORGANIZATION",
                       "Landgericht") is None
    assert _model_says("He was treated at the Charité.", "ORGANIZATION", "Charité").kind is Kind.HOSPITAL


def test_a_company_is_not_a_person_and_a_thing_one_has_is_not_a_place():
    assert _model_says("Royal Mail lost the samples.", "PERSON", "Royal Mail") is None
    assert _model_says("My NIE is on the form.", "LOCATION", "NIE") is None
    assert _model_says("We live near Tarragona.", "LOCATION", "Tarragona").kind is Kind.ADDRESS


@pytest.mark.parametrize(("text", "kept"), [
    ("The geneticist thinks it's Cornelia de Lange, not Kabuki.", "Cornelia de Lange"),
    ("The doctor said Adams Oliver, not a vascular thing.", "Adams Oliver"),
])
def test_eponyms_said_without_syndrome_are_not_names(detector, text, kept):
    start = text.index(kept)
    assert not any(f.start < start + len(kept) and start < f.end for f in detector.find(text))


@pytest.mark.parametrize(("text", "name"), [
    ("We made a scrapbook for Chiamaka's birthday.", "Chiamaka"),
    ("The nurse asked whether Thiago had eaten.", "Thiago"),
    ("Yesterday Siobhan walked the whole way.", "Siobhan"),
])
def test_first_names_of_many_countries(rules_only, text, name):
    assert (Kind.NAME, name) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "The results came back from Bristol yesterday.",
    "Yesterday the Kaiser portal was down again.",
    "It started with Behçet's ulcers in her mouth.",
])
def test_world_names_leave_places_hospitals_and_eponyms(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k is Kind.NAME] == []


def test_a_first_name_the_model_took_for_a_place_is_a_name_unless_after_in():
    assert _model_says("The photos of Thiago are lovely.", "LOCATION", "Thiago").kind is Kind.NAME
    assert _model_says("We live in Thiago.", "LOCATION", "Thiago").kind is Kind.ADDRESS


def test_a_model_date_inside_a_disease_name_is_dropped(detector):
    text = "The doctors think my son has Distal deletion 10p syndrome, found on 3 May 2024."
    assert kinds(detector, text) == [(Kind.DATE, "3 May 2024")]


@pytest.mark.parametrize(("text", "address"), [
    ("Our flat is 2-7-11 Nakameguro, Meguro-ku, Tokyo 153-0061.", "2-7-11 Nakameguro, Meguro-ku, Tokyo 153-0061"),
    ("Send it to Rua Augusta 2210, Lisboa, 1100-053 please.", "Rua Augusta 2210, Lisboa, 1100-053"),
    ("We live at 9 Jalan Bukit Bintang, 55100 Kuala Lumpur, near the mall.",
     "9 Jalan Bukit Bintang, 55100 Kuala Lumpur"),
    ("The address is Av. Libertador 5120, Col. Centro, 44100 Guadalajara.",
     "Av. Libertador 5120, Col. Centro, 44100 Guadalajara"),
    ("We are at 12 Maple Street, Halifax, NS B3H 1X2 for now.", "12 Maple Street, Halifax, NS B3H 1X2"),
])
def test_whole_addresses_after_words_that_announce_one(rules_only, text, address):
    assert (Kind.ADDRESS, address) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "We moved to 3 different hospitals in a year.",
    "Please send it to 2 people at most.",
    "We live at the end of a long road.",
    "Send it to IBAN BE68 5390 0754 7034 with the name of the walk.",
])
def test_no_address_without_a_number_and_a_name(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k is Kind.ADDRESS] == []


@pytest.mark.parametrize(("text", "found"), [
    ("She turns 30 in May and wants to know more.", (Kind.AGE, "30")),
    ("It started at the age of nine, after a fever.", (Kind.AGE, "nine")),
    ("My 6yo has the same tremor.", (Kind.AGE, "6yo")),
    ("Our youngest is 4 and has started speech therapy.", (Kind.AGE, "4")),
    ("I was born in 1979 and only found out this year.", (Kind.DATE, "1979")),
    ("Thank you all so much, Losa x", (Kind.NAME, "Losa")),
])
def test_ages_birth_years_and_a_name_signed_with_a_kiss(rules_only, text, found):
    assert found in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "The dial turns 30 degrees each time.",
    "Babies born at 1980 grams need extra care.",
    "Our youngest is 4 weeks behind on the scale.",
])
def test_numbers_that_only_look_like_ages_or_birth_years(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k in (Kind.AGE, Kind.DATE)] == []


@pytest.mark.parametrize(("text", "found"), [
    ("Thanks for reading this far. Thiago", (Kind.NAME, "Thiago")),
    ("Okafor family here, new to the group.", (Kind.NAME, "Okafor")),
    ("The girls, Ines and Mireille, are 8 and love drawing.", (Kind.AGE, "8")),
    ("The nurses at St Columba's were lovely to us.", (Kind.HOSPITAL, "St Columba's")),
    ("We moved from Multan to Bradford when she was small.", (Kind.ADDRESS, "Bradford")),
    ("Post to: 3 Gum Tree Lane, Ballarat VIC 3350.", (Kind.ADDRESS, "3 Gum Tree Lane, Ballarat VIC 3350")),
])
def test_closing_names_families_and_places_in_sequence(rules_only, text, found):
    assert found in kinds(rules_only, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Any advice is welcome. Desperate", Kind.NAME),
    ("Thanks for all the advice. Stay Strong", Kind.NAME),
    ("My name's Tui and I'm new here.", Kind.NAME),
    ("We moved from Multan to Spain when she was small.", Kind.ADDRESS),
])
def test_words_that_only_look_like_closing_names_or_towns(rules_only, text, kind):
    found = kinds(rules_only, text)
    assert not {(kind, "Desperate"), (kind, "Stay Strong"), (kind, "I'm"), (kind, "Spain")} & set(found)


@pytest.mark.parametrize(("text", "date"), [
    ("The referral letter is dated 2023/08/14.", "2023/08/14"),
    ("Bloods were taken 2022.01.30 in the morning.", "2022.01.30"),
    ("The MRI was on 12-Sep-2023 at the old site.", "12-Sep-2023"),
    ("Her review is on Friday the 21st.", "Friday the 21st"),
    ("Le diagnostic date du 12 février 2020.", "12 février 2020"),
    ("Nació el 3 de abril de 2018 en Sevilla.", "3 de abril de 2018"),
    ("His date of birth is 04/11 but I forget the year.", "04/11"),
])
def test_dates_in_more_forms(rules_only, text, date):
    assert (Kind.DATE, date) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "We had 2 Mayo Clinic visits last year.",
    "The ratio was 3/4 on the chart.",
    "About 2023.5 units were given over the year.",
])
def test_numbers_that_are_not_dates(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k is Kind.DATE] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Auntie Blessing looks after him on Fridays.", "Blessing"),
    ("Imam Abdirahman came to the ward to pray with us.", "Abdirahman"),
    ("The genetic counsellor, Liesbeth Vermeulen, rang back.", "Liesbeth Vermeulen"),
    ("Our physio Kalani Akana is brilliant with him.", "Kalani Akana"),
])
def test_names_after_family_and_faith_titles_or_a_caring_role(rules_only, text, name):
    assert (Kind.NAME, name) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "Our doctor, Dr Wilson, explained it.",
    "The specialist Nurse Team called.",
])
def test_a_role_before_a_title_or_a_team_is_no_full_name(rules_only, text):
    names = [t for k, t in kinds(rules_only, text) if k is Kind.NAME]
    assert names in (["Wilson"], [])


def test_a_child_named_like_a_town_with_an_age_in_brackets_is_a_name(detector):
    found = kinds(detector, "My kids are Sofia (7) and Tomás (3), both with the same rash.")
    assert (Kind.NAME, "Sofia") in found and (Kind.AGE, "7") in found and (Kind.ADDRESS, "Sofia") not in found


@pytest.mark.parametrize(("text", "town"), [
    ("Is there anyone in the Bradford area with a child with Rett?", "Bradford"),
    ("Does anyone know a good neurologist near Lyon?", "Lyon"),
])
def test_towns_near_or_in_an_area(rules_only, text, town):
    assert (Kind.ADDRESS, town) in kinds(rules_only, text)


def test_a_possessive_after_a_relation_is_not_part_of_the_name(rules_only):
    assert (Kind.NAME, "Kenji") in kinds(rules_only, "My husband Kenji's family is far away.")


@pytest.mark.parametrize(("text", "age"), [
    ("Our girls are aged 6 and 9 and both have it.", "9"),
    ("My sons, 12 and 15, are both affected.", "15"),
    ("Me (41F) and my partner (43M) both carry it.", "43"),
    ("My granddaughter is nearly six.", "six"),
])
def test_pairs_of_ages_and_age_with_sex(rules_only, text, age):
    assert (Kind.AGE, age) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "She takes 5 and 10 mg tablets on alternate days.",
    "The form has boxes (M) and (F) to tick.",
    "Chromosomes 4 and 7 were normal.",
])
def test_pairs_that_are_not_ages(rules_only, text):
    assert [k for k, _ in kinds(rules_only, text) if k is Kind.AGE] == []


@pytest.mark.parametrize(("text", "name"), [
    ("hi all, i'm chiamaka and new here", "chiamaka"),
    ("my son thiago has the same thing", "thiago"),
])
def test_lower_case_names_of_many_countries_after_an_introduction_or_a_relation(rules_only, text, name):
    assert (Kind.NAME, name) in kinds(rules_only, text)
