from pathlib import Path

from bench.deid.cases import CASES, load_cases, parse_line


def test_markup_becomes_text_and_spans():
    case = parse_line("I am [[name:Jo Bloggs]], mail [[email:jo@x.org]].")
    assert case.text == "I am Jo Bloggs, mail jo@x.org."
    assert [case.text[s:e] for _, s, e in case.spans] == ["Jo Bloggs", "jo@x.org"]


def test_protected_marks_are_kept_apart_from_personal_data():
    case = parse_line("[[keep:Pompe disease]] at [[lab:12 mcg/dL]] in [[code:GAA]], Dr [[name:Li]].")
    assert [case.text[s:e] for _, s, e in case.spans] == ["Li"]
    assert [(k, case.text[s:e]) for k, s, e in case.protected] == [
        ("keep", "Pompe disease"), ("lab", "12 mcg/dL"), ("code", "GAA")]


def test_the_test_sets_cover_every_kind():
    from raremap.privacy import Kind

    for path in (CASES, Path(CASES).with_name("trust.txt"), Path(CASES).with_name("trust_heldout3.txt")):
        kinds = {k for c in load_cases(path) for k, _, _ in c.spans}
        if path == CASES:  # older than IP addresses and user names
            assert kinds == {k.value for k in Kind} - {"ip_address", "username"}
        else:
            assert kinds == {k.value for k in Kind}
            assert {k for c in load_cases(path) for k, _, _ in c.protected} == {"keep", "lab", "code"}
