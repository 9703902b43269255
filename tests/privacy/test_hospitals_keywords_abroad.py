"""Hospitals named with a word for "hospital" or "clinic" in more languages and scripts: the
adjectives before the Russian or Ukrainian word, "имени …" and "№ 9" after it, Bulgarian and
Russian initials, Greek, Hebrew, Arabic, Urdu, Indian scripts, Georgian, Armenian, and in Latin
letters French, Spanish, Portuguese, Italian, German, Dutch, Czech, Hungarian, South Slavic,
Albanian, Vietnamese, Indonesian and Swahili forms; a sentence's first word is no name."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.hospitals_keywords import find_keyword_hospitals


@pytest.mark.parametrize("text, hospital", [
    ("Дочь лечится в Областной детской клинической больнице.", "Областной детской клинической больнице"),
    ("Лежали в больнице имени Н. Ф. Филатова две недели.", "больнице имени Н. Ф. Филатова"),
    ("Нас перевели в ДГКБ № 9 им. Сперанского.", "ДГКБ № 9 им. Сперанского"),
    ("Лікуємось у Національній дитячій спеціалізованій лікарні.", "Національній дитячій спеціалізованій лікарні"),
    ("Лекуваме се в УМБАЛ Александровска от година.", "УМБАЛ Александровска"),
    ("Νοσηλεύτηκε στο Νοσοκομείο Παίδων «Η Αγία Σοφία» τον Μάιο.", "Νοσοκομείο Παίδων «Η Αγία Σοφία»"),
    ("Πήγαμε στο νοσοκομείο Ευαγγελισμός χθες.", "νοσοκομείο Ευαγγελισμός"),
    ("הבת שלי מטופלת בבית החולים לילדים דנה.", "בית החולים לילדים דנה"),
    ("ابني في مدينة الملك عبدالعزيز الطبية منذ شهر.", "مدينة الملك عبدالعزيز الطبية"),
    ("ہم ہر مہینے شفا ہسپتال جاتے ہیں", "شفا ہسپتال"),
    ("மகனை அப்போலோ மருத்துவமனை அழைத்துச் சென்றோம்", "அப்போலோ மருத்துவமனை"),
    ("Որդիս բուժվում է Արաբկիր հիվանդանոցում", "Արաբկիր հիվանդանոցում"),
    ("Suivie depuis 2019 à la Clinique Pasteur de Toulouse.", "Clinique Pasteur de Toulouse"),
    ("Estuvo internada en el Sanatorio de la Trinidad.", "Sanatorio de la Trinidad"),
    ("Seguida no Centro Hospitalar de Lisboa Norte.", "Centro Hospitalar de Lisboa Norte"),
    ("Ricoverata all'Azienda Ospedaliera di Padova a marzo.", "Azienda Ospedaliera di Padova"),
    ("Wir sind seit 2022 an der Universitätsmedizin Göttingen.", "Universitätsmedizin Göttingen"),
    ("Hij ligt in het Maxima Medisch Centrum.", "Maxima Medisch Centrum"),
    ("Operovali ho ve Fakultní nemocnice Brno.", "Fakultní nemocnice Brno"),
    ("A Szent László Kórház orvosai szerint ritka.", "Szent László Kórház"),
    ("Liječi se u Klinički centar Vojvodine.", "Klinički centar Vojvodine"),
    ("Con tôi điều trị ở bệnh viện Nhi Đồng 2.", "bệnh viện Nhi Đồng 2"),
    ("Anak saya dirawat di RS Hasan Sadikin Bandung.", "RS Hasan Sadikin Bandung"),
    ("Anatibiwa Hospitali ya Rufaa Bugando.", "Hospitali ya Rufaa Bugando"),
    ("She was admitted at Kozhikode Medical College in March.", "Kozhikode Medical College"),
])
def test_hospitals_named_with_a_keyword_abroad(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "Вчера в больнице сказали ждать результатов.",
    "Сегодня больница закрыта на карантин.",
    "The Medical College said no to the request.",
    "BV treatment with metronidazole helped.",
    "My mum works in Clinique marketing.",
])
def test_ordinary_sentences_name_no_hospital(text):
    assert [f.text for f in find_keyword_hospitals(text)] == []
