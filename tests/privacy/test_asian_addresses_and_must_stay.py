"""Korean, Vietnamese and Turkish street addresses; addresses opened by "at" and a house number
or by a plot or lot number; and disease names and lab values that must stay next to them
("miopatía de McArdle", "has Wilson?", "an address …, Northern epilepsy", "Arden ratio")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


def found(detector, text, kind):
    return [f.text for f in detector.find(text) if f.kind is kind]


@pytest.mark.parametrize("text, address", [
    ("Our home: 부산광역시 해운대구 센텀중앙로 79, 1502호. Thank you.", "부산광역시 해운대구 센텀중앙로 79, 1502호"),
    ("Nhà tôi: Số 8 Ngõ 12 Phố Trần Hưng Đạo, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội. Cảm ơn.",
     "Số 8 Ngõ 12 Phố Trần Hưng Đạo, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội"),
    ("adresim Kızılay Mah. 512 Sok. No:7 D:3, 06420 Çankaya/Ankara, teşekkürler",
     "Kızılay Mah. 512 Sok. No:7 D:3, 06420 Çankaya/Ankara"),
    ("We are the Mehtas at 12 Shanti Kunj, Bandra Reclamation, Mumbai 400050. Thanks!",
     "12 Shanti Kunj, Bandra Reclamation, Mumbai 400050"),
    ("Reach us at Lot 9, Belmont Heights, Castries, 38, no phone", "Lot 9, Belmont Heights, Castries"),
])
def test_addresses_of_more_countries(rules_only, text, address):
    assert address in found(rules_only, text, Kind.ADDRESS)


@pytest.mark.parametrize("text", [
    "The postcode is NE8 4QP. Mob 07700 900 842.",
    "It started at 14 Weeks, Kirsty said.",
])
def test_no_address_from_letters_that_only_look_like_parts(rules_only, text):
    assert not any("Mob" in a or "Weeks" in a for a in found(rules_only, text, Kind.ADDRESS))


def test_the_phone_after_an_address_stays_a_phone(rules_only):
    text = "We live at 7 Low Fell Road, Gateshead NE9 5AB. Mob 07700 900 111."
    assert "07700 900 111" in found(rules_only, text, Kind.PHONE)


@pytest.mark.parametrize("text, must_stay", [
    ("Clínica: miopatía de McArdle confirmada, PYGM.", "McArdle"),
    ("Our son has Wilson? no, it was Menkes in the end.", "Wilson"),
    ("Post to Hämeenkatu 4 B 2, 33100 Tampere, Northern epilepsy is the reason.", "Northern epilepsy"),
    ("Best disease, EOG Arden ratio 1.2 on the left.", "Arden ratio 1.2"),
])
def test_disease_names_and_lab_values_stay(detector, text, must_stay):
    start = text.index(must_stay)
    end = start + len(must_stay)
    assert not any(f.start < end and start < f.end for f in detector.find(text))
