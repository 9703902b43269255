"""Text in another language gets a clear answer: the tagger reads English only, so a
description written (or partly written) in another language says so, in the API, on the
describe page, in the main search and in ``raremap tag``. English, however it is written,
is never called foreign."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from raremap.engine.tagger.language import guess_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mi hijo tiene dolor en las piernas desde hace dos años", "es"),
        ("mein Sohn hat seit Jahren Schmerzen in den Beinen", "de"),
        ("ma fille a très mal aux jambes depuis deux ans", "fr"),
        ("mio figlio ha dolore alle gambe da quando aveva due anni", "it"),
        ("minha filha tem muita dor nas pernas desde os dois anos", "pt"),
        ("mijn zoon heeft sinds een jaar pijn in zijn benen", "nl"),
        ("mój syn ma bardzo duży ból nóg od dwóch lat", "pl"),
        ("min dotter har ont i benen sedan hon var två år", "sv"),
        ("el meu fill té molt mal a les cames des de fa dos anys", "ca"),
        ("moj sin ima jako jake bolove u nogama već dvije godine", "hbs"),
        ("můj syn má velmi silné bolesti nohou už dva roky", "cs"),
        ("moj sin ima zelo hude bolečine v nogah že dve leti", "sl"),
        ("у моего сына болят ноги уже два года", "und-Cyrl"),
        ("ο γιος μου έχει πόνο στα πόδια", "el"),
        ("息子は足が痛いと言っています", "ja"),
        ("我儿子腿疼了两年", "zh"),
        ("제 아들은 다리가 아파요", "ko"),
    ],
)
def test_a_description_in_another_language_is_named(text, code):
    language = guess_language(text)
    assert language is not None and language.code == code
    assert not language.partly
    assert "RareMap reads" in language.notice


@pytest.mark.parametrize(
    "text",
    [
        "my son has pins and needles in his feet and his skin is getting darker",
        "I think I saw a rash on a leg",  # "I", "a": English as much as Polish or Portuguese
        "a rash on a leg and a fever",
        "β-thalassemia in my son",  # one Greek letter is no Greek
        "Dr Maria de la Cruz in Los Angeles said it is fine",  # Spanish names, English text
        "Your request id is 3f2b8c1e-9d4a-4b7e",  # letters between digits are no words
        "no fever, no rash",
        "dolor",  # one word is too little to tell
        "síndrome de Down",
        "",
        "HP:0001250",
    ],
)
def test_english_and_too_little_text_get_no_guess(text):
    assert guess_language(text) is None


def test_english_beside_another_language_is_partly_foreign():
    language = guess_language("Hello, my daughter is 15 and she has lupus. Mi hija tiene mucho dolor y fiebre.")
    assert language is not None and language.code == "es" and language.partly
    assert language.notice.startswith("Part of this")
    mixed = guess_language("my son has 頭痛 and a fever every night")
    assert mixed is not None and mixed.partly


def test_a_close_call_between_two_languages_names_neither():
    """As many Spanish words as Portuguese ones: say "another language" rather than guess."""
    tie = guess_language("muy mucho dos das")  # es: muy, mucho; pt: dos, das
    assert tie is not None and tie.code == "und"
    assert "in a language other than English" in tie.notice
    lead = guess_language("la los muy dos das")  # es: la, los, muy; pt: dos, das
    assert lead is not None and lead.code == "es"


def test_no_english_dev_phrase_is_called_foreign(tagger):
    """Every English phrase of the development sets the tagger is measured on (patients'
    words and clinical abstracts) reads as English."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "bench" / "tagger"
    sets = [*root.glob("lay_own*.jsonl"), *root.glob("clinical_own*.jsonl"),
            *(root / f"lay_blind{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9))]
    texts = [json.loads(line)["text"] for f in sorted(sets) for line in f.open() if line.strip()]
    assert len(texts) > 800
    assert [t for t in texts if guess_language(t)] == []
    assert tagger.tag(texts[0]).language is None


@pytest.mark.parametrize(
    "text",
    [
        "Mi madre tiene la piel muy oscura en las manos",  # was read as Nausea by meaning
        "La meva filla té molta son durant el dia",  # "té" was offered as Out-toeing
        "El meu fill té els peus girats cap endins i cau sovint",
        "Mon fils a des crises d'épilepsie, une scoliose et il est très fatigué",
    ],
)
def test_text_wholly_in_another_language_gets_no_guesses(tagger, text):
    """The model reads English only: its nearest terms for another language, and weak
    word matches offered as choices, are noise, so none is given; the notice says why."""
    result = tagger.tag(text)
    assert result.language is not None and not result.language.partly
    assert [t for t in result.terms if t.source == "meaning"] == []
    assert [q.phrase for q in result.questions if not any(t.start <= q.start < t.end for t in result.terms)] == []


def test_words_it_names_still_count_in_another_language(tagger):
    result = tagger.tag("Mi hija tiene convulsiones y la piel muy seca")
    assert result.language is not None and result.language.code == "es"
    assert "HP:0001250" in {t.hpo for t in result.terms}  # "convulsiones": a lay word


def test_the_english_part_of_a_mixed_text_is_still_read_by_meaning(tagger):
    english = tagger.tag("my little boy drinks so much water")
    mixed = tagger.tag("my little boy drinks so much water. Mi hija tiene la piel muy seca y mucho dolor")
    assert mixed.language is not None and mixed.language.partly
    assert english.terms and english.terms[0].hpo in {t.hpo for t in mixed.terms}


def test_the_tagger_result_and_api_carry_the_notice(tagger, kb, db):
    result = tagger.tag("mi hijo tiene convulsiones y fiebre desde hace dos años")
    assert result.language is not None and result.language.code == "es"
    assert result.to_dict()["language"]["notice"] == result.language.notice
    client = Client()
    for text, expected in [("mi hija tiene mucho dolor de cabeza", "es"), ("my daughter has headaches", None)]:
        res = client.post("/api/v1/text-to-terms", data=json.dumps({"text": text}), content_type="application/json")
        assert res.status_code == 200
        got = res.json()["language"]
        assert (got and got["code"]) == expected


def test_the_describe_page_and_search_show_the_notice(kb, db):
    client = Client()
    text = "mein Sohn hat seit Jahren Schmerzen in den Beinen"
    page = client.get("/tagging/", {"text": text}).content.decode()
    assert "This seems to be written in German" in page
    # nothing found: text in another language is asked for in English
    spanish = client.get("/tagging/", {"text": "Mi madre tiene la piel muy oscura en las manos"}).content.decode()
    assert "in a few words of English.</p>" in spanish
    holiday = client.get("/tagging/", {"text": "the weather was lovely on our holiday"}).content.decode()
    assert "in a few words.</p>" in holiday and "words of English.</p>" not in holiday
    search = client.get("/search/", {"q": text}).content.decode()
    assert "This seems to be written in German" in search
    english = client.get("/search/", {"q": "my son has pins and needles in his feet"}).content.decode()
    assert "seems to be written" not in english


def test_the_command_warns_and_json_carries_it(kb):
    from typer.testing import CliRunner

    from raremap.cli.app import app

    runner = CliRunner()
    res = runner.invoke(app, ["tag", "--json", "mi hijo tiene fiebre y mucho dolor de cabeza"])
    assert json.loads(res.stdout)["language"]["code"] == "es"
    res = runner.invoke(app, ["tag", "mi hijo tiene fiebre y mucho dolor de cabeza"], env={"COLUMNS": "200"})
    assert "seems to be written in Spanish" in res.output
