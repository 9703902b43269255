from bench.deid.cases import load_cases, parse_line


def test_markup_becomes_text_and_spans():
    case = parse_line("I am [[name:Jo Bloggs]], mail [[email:jo@x.org]].")
    assert case.text == "I am Jo Bloggs, mail jo@x.org."
    assert [case.text[s:e] for _, s, e in case.spans] == ["Jo Bloggs", "jo@x.org"]


def test_the_test_set_covers_every_kind():
    from raremap.privacy import Kind

    kinds = {k for c in load_cases() for k, _, _ in c.spans}
    assert kinds == {k.value for k in Kind}
