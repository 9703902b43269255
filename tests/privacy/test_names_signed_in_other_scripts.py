"""Names signing a message in other scripts before a phone number or an e-mail address; a
place of care so placed, or a name with no contact after it, is none."""

from __future__ import annotations

import pytest

from raremap.privacy.names_signed import signed_names


@pytest.mark.parametrize("text, name", [
    ("הבן שלנו חולה בסיסטינוזיס. יעל כהן, 052-555-1234", "יעל כהן"),
    ("ابني مصاب بالثلاسيميا. سارة الحسيني، هاتف +962 79 555 1234", "سارة الحسيني"),
    ("बेटे को थैलेसीमिया है। — सुनीता वर्मा, 98765 55432", "सुनीता वर्मा"),
    ("Сын болеет гемофилией. Ольга Петрова, +7 903 555 12 34", "Ольга Петрова"),
    ("女儿患有苯丙酮尿症。李美玲，电话 139 5551 2345", "李美玲"),
    ("娘は筋ジストロフィーです。山田 花子。hanako.yamada@example.jp", "山田 花子"),
    ("아들이 혈우병이에요. 서울에서 김민준 드림.", "김민준"),
])
def test_signatures(text, name):
    assert name in [f.text for f in signed_names(text)]


@pytest.mark.parametrize("text", [
    "Лечимся в больнице. Областная больница, +7 343 555 12 34",  # a place of care
    "我们在北京协和医院。协和医院，电话 010 5555 1234",
    "ابني مصاب بالثلاسيميا. سارة الحسيني تكتب لكم",  # no contact after the words
    "Ольга Петрова пишет о болезни Гоше.",
    "סיכום אשפוז, שניידר, 18.09.2025: תינוק בן 3",  # a record's heading before a date
])
def test_no_signature(text):
    assert list(signed_names(text)) == []
