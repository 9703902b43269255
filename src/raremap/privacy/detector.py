"""The de-identification detector: rules + name gazetteer + (when installed) Presidio/spaCy
NER, with disease and phenotype names as an allow-list."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from raremap.privacy.addresses_asia import find_asian_addresses
from raremap.privacy.addresses_cjk import find_cjk_addresses
from raremap.privacy.addresses_india_brazil import SOURCE as ADDRESS_IN_PARTS
from raremap.privacy.addresses_india_brazil import find_indian_and_brazilian_addresses
from raremap.privacy.addresses_scripts import script_addresses
from raremap.privacy.ages import ages_after_names, find_ages
from raremap.privacy.ages_abroad import find_ages_abroad
from raremap.privacy.ages_more import find_more_ages
from raremap.privacy.ages_plain import find_plain_ages
from raremap.privacy.allow_list import DiseaseVocabulary, normalise_token
from raremap.privacy.codes import code_spans
from raremap.privacy.dates import find_dates
from raremap.privacy.dates_abroad import find_dates_abroad
from raremap.privacy.fields_plain import barred_ages, find_plain_fields
from raremap.privacy.finding import Finding, resolve_overlaps
from raremap.privacy.german_text import is_german_noun_guess, reads_german
from raremap.privacy.handles_logs import find_log_users
from raremap.privacy.handles_more import find_more_handles
from raremap.privacy.handles_named import mention_as_name
from raremap.privacy.hospitals import CARE_VERBS_ABROAD, find_hospitals
from raremap.privacy.hospitals_acronyms import SOURCE as HOSPITAL_ACRONYM
from raremap.privacy.hospitals_acronyms import bracketed_acronyms, find_acronym_hospitals
from raremap.privacy.hospitals_cued import SOURCE as HOSPITAL_CUE
from raremap.privacy.hospitals_cued import find_cued_hospitals, letter_kinds
from raremap.privacy.hospitals_departments import find_department_hospitals
from raremap.privacy.hospitals_sequences import hospitals_in_sequence
from raremap.privacy.hospitals_town_short import find_town_short_hospitals
from raremap.privacy.id_shape import as_id_when_shaped, find_id_shapes
from raremap.privacy.identifiers import find_identifiers
from raremap.privacy.ids_group import find_group_numbers
from raremap.privacy.kinds import Kind
from raremap.privacy.lab_values import lab_spans
from raremap.privacy.long_words import cut_long_words, long_words, restore_long_words
from raremap.privacy.medical_shapes import (
    cut_eponym,
    has_disease_part,
    medicine_shaped,
    medicine_verb_before,
)
from raremap.privacy.names import (
    any_first_names,
    coordinated_names,
    find_names,
    first_names,
)
from raremap.privacy.names_aged import AGE_SAID_AFTER, aged_names, header_names
from raremap.privacy.names_aged import SOURCE as AGED
from raremap.privacy.names_around import listed_names, relatives_abroad, word_names
from raremap.privacy.names_before_ages import names_before_ages
from raremap.privacy.names_cjk import cjk_names
from raremap.privacy.names_declared import declared_names
from raremap.privacy.names_duties import duty_names
from raremap.privacy.names_emails import names_from_emails
from raremap.privacy.names_forms import form_names
from raremap.privacy.names_greetings import greeted_names
from raremap.privacy.names_honorifics import honoured_names
from raremap.privacy.names_hyphened import hyphened_names
from raremap.privacy.names_intro_abroad import intro_names_abroad
from raremap.privacy.names_labels import is_field_label
from raremap.privacy.names_lower import lowercase_names, lowercase_profiles
from raremap.privacy.names_more import find_more_names
from raremap.privacy.names_not_people import not_a_person
from raremap.privacy.names_owning import find_owning_names
from raremap.privacy.names_said import SOURCE as SAID
from raremap.privacy.names_said import said_names, without_foreign_words
from raremap.privacy.names_scripts import script_names
from raremap.privacy.names_signed import signed_names
from raremap.privacy.names_surnames import (
    name_parts_again,
    people_not_places,
    surname_names,
    surnames_doing,
)
from raremap.privacy.names_transliterated import transliterated_names
from raremap.privacy.ner import NerEngine, load_ner
from raremap.privacy.patterns import find_by_rules
from raremap.privacy.places import country_names, find_cued_addresses, find_places
from raremap.privacy.postcodes import find_postcodes
from raremap.privacy.postcodes_trailing import postcodes_ending_addresses
from raremap.privacy.profiles_lower import find_lower_profiles
from raremap.privacy.signoffs import find_signoffs
from raremap.privacy.streets_more import find_more_streets
from raremap.privacy.titles_abroad import titled_names_abroad
from raremap.privacy.towns import POSTCODE_AFTER, find_towns, plain, towns
from raremap.privacy.towns_for_names import (
    town_before_small_word,
    town_cued,
    without_trailing_symbols,
)
from raremap.privacy.towns_living import find_lived_towns, from_place, towns_after_ages
from raremap.privacy.towns_regions import find_region_towns
from raremap.privacy.towns_scripts import find_script_towns
from raremap.privacy.towns_signed import towns_after_people

MAX_CHARS = 20_000
NAME_PARTICLES = frozenset("de van von da das dos do di du del della der den ten ter le la ben bin ibn al el".split())
# Only guesses made from capitalised words (the NER model, the first-name gazetteer) can be
# cancelled by a disease name; a title rule ("Dr Wilson") or an address pattern ("Flat 3")
# is kept even when it touches a phenotype word.
ALLOWABLE = {Kind.NAME, Kind.ADDRESS, Kind.HOSPITAL}
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"}
MONTHS_LOWER = {m.lower() for m in MONTHS}
GUESSES = {"ner", "gazetteer", "rule:context-guess"}
# A lab value, dose or medical code (HPO id, variant, karyotype) cancels any finding but these
# (an e-mail or URL may contain "5mg").
BRACKETED_AGE = re.compile(r"\s*\(\d{1,2}(?:\s*(?:y|yo|yrs?|years?|m|mo|months?))?\)")
INSIDE_ADDRESS = {Kind.DATE, Kind.RECORD_NUMBER, Kind.AGE, Kind.PHONE}
NEVER_LAB = {Kind.EMAIL, Kind.URL, Kind.IP_ADDRESS}
ADDRESS_GAP = re.compile(r"[\s,]*")
# "Löfgren syndrome", "Buruli ulcer", "Coxsackie virus": a guessed name before the word for
# a disease is that disease's eponym, whether or not the knowledge base lists it.
DISEASE_AFTER = re.compile(
    r"(?:['’]s)?[\s-]+(?:disease|syndrome|disorder|ulcer|virus|fever|palsy|sign|anomaly|phenomenon|"
    r"sarcoma|lymphoma|tumou?r|dystrophy|ataxia|myopathy|neuropathy|an(?:a)?emia|infection|encephalitis|"
    r"encephalopathy|reflex|test|criteria|classification|score|scale|ratio|index)\b", re.IGNORECASE)
EPONYM_WORDS = re.compile(r"(?:[\s-][A-ZÀ-ÖØ-Þ][\w'’]+){1,2}")
HAS_BEFORE = re.compile(r"\b(?:has|have|had|got|with|diagnosed|dx|suspected|maybe|probably|not|or|it['’]?s)\s+$",
                        re.IGNORECASE)
# "Wilson is 2 types?", "Alport has three forms": an eponym counted in kinds is the disease
KINDS_AFTER = re.compile(r"\s+(?:is|are|has|have|comes\s+in)\s+(?:\d|two|three|four|five|several|many|different)\s+"
                         r"(?:sub)?(?:types|forms|kinds|variants)\b", re.IGNORECASE)
# "glycogen storage disease type Ia", "class IV": the label after a type is no place or person.
TYPE_BEFORE = re.compile(r"\b(?i:type|types|class|grade|stage|group|tipo|typ|classe|grado|stadium|stade)\s+$")
# "after starting Kaftrio", "switched to Evrysdi": a word after a verb of taking is a medicine.
MEDICINE_BEFORE = re.compile(
    r"\b(?i:start(?:ed|ing|s)?|tak(?:e|es|ing)|took|prescribed|stopp(?:ed|ing)|switch(?:ed|ing)?\s+to|"
    r"dose\s+of|trial\s+of|infusions?\s+of|injections?\s+of|switch(?:ed|ing)?(?:\s+\S+){0,2}\s+from|"
    # "Therapie Anakinra", "traitement par Orkambi", "terapia con Spinraza": a word of treatment before it
    r"therapie(?:\s+mit)?|therapy\s+with|terapia(?:\s+con)?|traitement(?:\s+par)?|tratamiento(?:\s+con)?|"
    r"tratamento(?:\s+com)?|behandling\s+med|behandeling\s+met)\s+$")
# "болезнью Вильсона", "Morbus Fabry", "maladie de Gaucher": a guess right after another language's
# word for a disease is that disease's eponym.
DISEASE_BEFORE = re.compile(
    r"(?<![\w-])(?i:болезн[ьиюя]\w*|синдром\w*|хвороб[аиоу]\w*|morbus|maladie\s+de|syndrome\s+de|"
    r"s[íi]ndrome\s+de|sindrome\s+di|malattia\s+di|doen[çc]a\s+de|enfermedad\s+de|ziekte\s+van|choroba|"
    r"chorob[ąy]|νόσος\s+του|νόσο\s+του|σύνδρομο)\s+$")
# "Kaftrio (ATC R07AX32)": a word before its drug code is a medicine.
MEDICINE_AFTER = re.compile(r"\s*\(\s*(?:ATC|INN)\b")
# "2,100/µL": the model's "date" that is a count per volume is a lab value.
PER_VOLUME = re.compile(r"\d\s*/\s*(?:[µμu]L|mL|dL|L|l|dl|mm[3³]|hpf|HPF)\b")
# "Kugelberg-Welander": a guessed word joined by a hyphen to a disease's eponym is part of that eponym.
HYPHEN_AFTER = re.compile(r"-(?P<w>[A-ZÀ-ÖØ-Þ][\w'’]+)")
HYPHEN_BEFORE = re.compile(r"(?P<w>[A-ZÀ-ÖØ-Þ][\w'’]+)-$")
# "at 08:00", "after 16:30 please": the model's date that is only a time of day.
TIME_ONLY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Za-z]+)?"
                       # "09:00-17:00", "08:00 and 20:00": times of day, from one to another
                       r"|\d{1,2}:\d{2}(?:\s*(?:-|–|to|and|&|,|or)\s*\d{1,2}:\d{2})+")
# 'Bartholomew "Barty" Fennimore': a nickname in quotes or brackets between the first and last name.
NICKNAME = re.compile(r"\s+[\"“‘'(][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+[\"”’')]\s+[A-ZÀ-ÖØ-Þ][\w'’-]+")
TITLE_ONLY = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|frau|mme|mlle|madame|monsieur|sig|sig\.ra|"
                        r"sra|sr|dott|dott\.ssa|pani|pan|mevrouw|meneer)\.?")
ID_GAP = re.compile(r"[.:#]?\s*")
CARE_VERB_WORD = re.compile(rf"{CARE_VERBS_ABROAD}(?:\s+\w{{1,3}})*$")
PERSON_VERB_AFTER = re.compile(r"\s*\([^)]{1,20}\)\s+(?:has|had|is|was|lives|lived|loves|goes|went|started|needs|got|gets)\b")
TOWN_BEFORE = re.compile(r"(?:\b(?:in|near|outside|w|en|à|em|nach|uit)\s+|\b(?P<person_too>from|to|de|aus)\s+|\d{3,}\s+|,\s*)$",
                         re.IGNORECASE)
TOWN_AFTER = re.compile(r",?\s+(?:[A-Z]{2}\b|\d{4,6}\b)|,\s+(?:Co\.|County)\s")
DOSE_AFTER = re.compile(r"\s+\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|g|IU|units|ml|mL)\b")
# "Necker in Paris", "Sheba Medical Center near Tel Aviv": the town after a hospital.
TOWN_AFTER_HOSPITAL = re.compile(r"\s+(?:in|near|outside)\s+(?P<town>[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+)?)\b")


@dataclass
class Detector:
    vocabulary: DiseaseVocabulary = field(
        default_factory=lambda: DiseaseVocabulary(frozenset(), frozenset()))
    ner: NerEngine | None = None

    @property
    def engine_name(self) -> str:
        return "rules+gazetteer" + (f"+{self.ner.name}" if self.ner else " (no NER model)")

    def find(self, text: str) -> list[Finding]:
        """Personal data in ``text`` as non-overlapping findings in reading order.

        Raises ValueError for text longer than MAX_CHARS (callers limit posts far below).
        """
        if len(text) > MAX_CHARS:
            raise ValueError(f"text too long for de-identification ({len(text)} > {MAX_CHARS})")
        # A word thousands of characters long ("Ab-Ab-Ab-…") is read in bounded pieces.
        spans = long_words(text)
        if not spans:
            return self._find(text)
        return restore_long_words(text, spans, self._find(cut_long_words(text, spans)))

    def _find(self, text: str) -> list[Finding]:
        found = [*find_by_rules(text), *find_identifiers(text), *find_id_shapes(text),
                 *find_ages(text), *find_more_ages(text), *find_ages_abroad(text), *find_plain_ages(text), *find_names(text), *titled_names_abroad(text), *find_more_names(text), *said_names(text), *aged_names(text), *header_names(text), *relatives_abroad(text),
                 *word_names(text), *lowercase_names(text), *lowercase_profiles(text), *cjk_names(text), *script_names(text), *transliterated_names(text), *honoured_names(text), *signed_names(text), *hyphened_names(text), *intro_names_abroad(text), *surname_names(text, self.vocabulary), *surnames_doing(text, self.vocabulary), *form_names(text, self.vocabulary), *greeted_names(text), *declared_names(text), *duty_names(text), *find_hospitals(text, _is_town), *find_cued_hospitals(text, _is_town), *find_acronym_hospitals(text, _is_town), *find_town_short_hospitals(text, _is_town), *find_department_hospitals(text, _is_town), *find_places(text),
                 *find_cued_addresses(text), *find_more_streets(text), *find_asian_addresses(text), *find_cjk_addresses(text), *find_indian_and_brazilian_addresses(text), *script_addresses(text), *find_towns(text), *find_lived_towns(text), *find_script_towns(text), *find_region_towns(text), *find_postcodes(text),
                 *find_more_handles(text), *find_log_users(text), *find_group_numbers(text), *find_lower_profiles(text), *find_signoffs(text), *find_plain_fields(text),
                 *find_dates(text), *find_dates_abroad(text)]
        if self.ner is not None:
            guesses = self.ner.find(text)
            if reads_german(text):  # "Die Krampfanfälle", "Der Kinderarzt": capitalised nouns
                guesses = [f for f in guesses if not is_german_noun_guess(text, f)]
            guesses = [without_trailing_symbols(f) for f in guesses if not is_field_label(text, f)]  # "Sender:"
            found += guesses
        mentions = self.vocabulary.mentions(text)
        found += find_owning_names(text, self.vocabulary, mentions)
        labs, codes = lab_spans(text), code_spans(text)
        letters = letter_kinds(text)
        found = [f for f in found if not self._is_disease(f, mentions, text)
                 and not (self.vocabulary.is_gene(f.text) and f.source != HOSPITAL_CUE)
                 and not not_a_person(text, f)
                 and not (f.source == "ner" and _overlaps_any(f, letters))

                 and not (f.kind not in NEVER_LAB and f.source != "rule:address-cue"
                          and _overlaps_any(f, labs + codes))
                 and not (f.kind is not Kind.EMAIL and _inside_any(f, codes))
                 and not (f.kind is Kind.DATE and f.source == "ner" and (TIME_ONLY.fullmatch(f.text)
                                                                          or PER_VOLUME.search(f.text)))]
        found = [g for g in (f if f.source == "rule:title" else without_foreign_words(text, f) for f in found) if g]
        # "Liečim sa na", "Jaipur mein", "Reply STOP to": the model's name that ends in a word in small
        # letters (names end in a capitalised word) is a phrase of another language or a sentence's start
        found = [f for f in found if not (f.kind is Kind.NAME and f.source == "ner" and " " in f.text
                                          and _ends_lower(f.text))]
        # "Liječimo se u …", "Ndiqet në …", "Hoito TYKS:ssä": another language's verb of care opening a
        # sentence is no person or place
        found = [f for f in found if not (f.source == "ner" and f.kind in (Kind.NAME, Kind.ADDRESS)
                                          and CARE_VERB_WORD.match(f.text))]
        # "Tempest (6)": a town's name with an age in brackets after it is a child
        aged = {(f.start, f.end) for f in found if f.source == AGED}
        found = [f for f in found if not (f.kind is Kind.ADDRESS and (f.start, f.end) in aged)]
        # "Fallnr. 3390 1187 44", "MyKad 140308-…": the model's one-word name right before an id is its label
        ids = {f.start for f in found if f.kind is Kind.RECORD_NUMBER}
        found = [f for f in found if not (f.kind is Kind.NAME and f.source == "ner" and " " not in f.text
                                          and any(f.end < s <= f.end + 3 and ID_GAP.fullmatch(text, f.end, s)
                                                  for s in ids))]
        firsts = any_first_names()
        found = [g for g in (cut_eponym(text, f, firsts) for f in found) if g is not None]
        found = [_cut_before_disease(text, f, mentions) for f in found]
        found = [f for f in (_cut_trailing_eponym(text, f, mentions, self.vocabulary) for f in found) if f is not None]
        found = [as_id_when_shaped(f) for f in found]
        found = [mention_as_name(f, firsts) for f in found]  # "@Bryony …": a first name addressed
        # Numbers inside an announced address are its house number and postcode ("2-7-11", "560001"),
        # a number after a town its postcode ("Singapore 529510").
        # and a number inside a street address with its town its postcode ("Boise, ID 83702").
        # "Hospital 12 de Octubre": a date inside a place of care's name is part of the name.
        named = [(f.start, f.end) for f in found if f.kind is Kind.HOSPITAL and f.source != "ner"]
        found = [f for f in found if not (f.kind is Kind.DATE and _inside_any(f, named))]
        cued = [(f.start, f.end) for f in found if f.source in ("rule:address-cue", "rule:town", "rule:postcode", ADDRESS_IN_PARTS)
                or (f.source == "rule:address" and "," in f.text)]
        found = [f for f in found if not (f.kind in INSIDE_ADDRESS and _inside_any(f, cued))]
        # "It's now 27 Rowan Crescent": a number that starts a street is its house number, no age.
        streets = [f.start for f in found if f.source == "rule:address"]
        found = [f for f in found if not (f.kind is Kind.AGE and any(f.start < s < f.end for s in streets))]
        found = [people_not_places(text, f) for f in found]
        found = _names_before_cued_addresses(text, [from_place(text, _town_not_name(text, f), firsts) for f in found])
        found = [f for f in _towns_after_particles(text, found) if not town_before_small_word(text, f)]
        hospital_ends = [f.end for f in found if f.kind is Kind.HOSPITAL]
        found = [f for f in found if not (f.kind is Kind.ADDRESS and f.source in ("rule:town", "ner")
                                          and _locates_hospital(text, f, hospital_ends))]
        found += _towns_after_hospitals(text, found)
        found += [g for g in coordinated_names(text, found) if not self._is_disease(g, mentions, text)]
        # "Sofia (7)": a one-word place of the model with an age in brackets after it is a child
        found = [Finding(Kind.NAME, f.start, f.end, f.text, f.source)
                 if f.kind is Kind.ADDRESS and f.source == "ner" and " " not in f.text
                 and BRACKETED_AGE.match(text, f.end) else f for f in found]
        found += [g for g in _names_after_record_fields(text, found) if not self._is_disease(g, mentions, text)]
        found += [g for g in listed_names(text, found) if not self._is_disease(g, mentions, text)]
        found += [g for g in names_from_emails(text, found) if not self._is_disease(g, mentions, text)]
        found += [Finding(Kind.NAME, f.start, m.end(), text[f.start:m.end()], f.source) for f in found
                  if f.kind is Kind.NAME and (m := NICKNAME.match(text, f.end))]
        dates = [(f.start, f.end) for f in found if f.kind is Kind.DATE and f.source == "rule:date"]
        found += [a for a in ages_after_names(text, found) if not _overlaps_any(a, labs + codes + dates)]
        found += [a for a in barred_ages(text, found) if not _overlaps_any(a, labs + codes + dates)]
        found += [g for g in towns_after_ages(text, found, firsts) if not self._is_disease(g, mentions, text)
                  and not _overlaps_any(g, labs + codes)]
        found += [g for g in towns_after_people(text, found, firsts) if not self._is_disease(g, mentions, text)
                  and not _overlaps_any(g, labs + codes + mentions)]
        found += [g for g in bracketed_acronyms(text, found) if not _overlaps_any(g, mentions)]
        found += [g for g in hospitals_in_sequence(text, found, _is_town) if not _overlaps_any(g, mentions)]
        found += [g for g in names_before_ages(text, found) if not self._is_disease(g, mentions, text)]
        found = resolve_overlaps(found)
        found += [g for g in _names_again(text, found)
                  if not self._is_disease(g, mentions, text) and not _overlaps_any(g, mentions)]
        found += [g for g in name_parts_again(text, found, self.vocabulary)
                  if not self._is_disease(g, mentions, text) and not _overlaps_any(g, mentions)]
        found = [g for g in (f if f.source == "rule:title" else without_foreign_words(text, f) for f in found) if g]
        # "Mrs", "Dr", "Herr" found alone: a title stays outside a name and names no one by itself
        found = [f for f in found if not (f.kind is Kind.NAME and TITLE_ONLY.fullmatch(f.text))]
        return _merge_addresses(text, postcodes_ending_addresses(text, _postcodes_after(text, resolve_overlaps(found))))

    def _is_disease(self, f: Finding, mentions: list[tuple[int, int]], text: str) -> bool:
        """A guessed name or place that is (part of) a disease or symptom name, a lab word of
        those names ("Creatinine is 142"), or a medicine named with its dose ("Nusinersen 12 mg");
        or the model's guess of a date inside a disease name."""
        if f.kind is Kind.DATE and f.source == "ner" and _overlaps_any(f, mentions):
            return True  # the model's "date" inside "Keratoconus 5", "Distal deletion 10p syndrome"
        if f.source == "rule:town" and _overlaps_any(f, mentions):
            return True  # a gazetteer town inside a disease name said in full ("in Addison disease")
        # "Sanne de Vries": an eponym with its particle ("de Vries") after a first name within
        # the same guess is that person's surname, not the disease.
        mentions = [m for m in mentions if not _surname_after_first_name(text, f, m)]
        if f.source in GUESSES and f.kind in ALLOWABLE and (
                TYPE_BEFORE.search(text, max(0, f.start - 12), f.start)
                or (" " not in f.text and MEDICINE_BEFORE.search(text, max(0, f.start - 24), f.start)
                    and f.text.lower() not in any_first_names())
                or (" " not in f.text and MEDICINE_AFTER.match(text, f.end))):
            return True
        if f.source in GUESSES and f.kind in ALLOWABLE and DISEASE_BEFORE.search(text, max(0, f.start - 24), f.start):
            return True
        if f.source in GUESSES and f.kind in ALLOWABLE and " " not in f.text:
            after = HYPHEN_AFTER.match(text, f.end)
            before = HYPHEN_BEFORE.search(text, max(0, f.start - 30), f.start)
            other = [m.group("w") for m in (after, before) if m]
            if any(self.vocabulary.is_eponym_span(w) for w in other) and (
                    f.text.lower() not in any_first_names()):
                return True  # "Kugelberg" of "Kugelberg-Welander": joined to a disease's eponym
        if f.source == HOSPITAL_CUE:  # "seen at the Fabry disease clinic": the disease, not a place
            return (_overlaps_any(f, mentions) or DISEASE_AFTER.match(text, f.end) is not None
                    or self.vocabulary.is_eponym_span(f.text))
        if f.source in ("rule:hospital", HOSPITAL_ACRONYM) and f.text.isupper() and _overlaps_any(f, mentions):
            return True  # "seen at the HELLP syndrome clinic": an acronym of a disease, not a place
        if f.source == AGED:  # "Storm (7)"; "Pompe (3)" only after a first name ("Jackson Weiss (3)")
            first = f.text.split()[0].lower()  # or before a person's verb ("Paris (9) lives in …")
            return (_overlaps_any(f, mentions) or self.vocabulary.is_eponym_span(f.text)
                    or any(self.vocabulary.is_eponym_span(w) for w in f.text.split())) and not (
                " " in f.text and first in any_first_names()) and not (
                PERSON_VERB_AFTER.match(text, f.end))
        if f.source == SAID:  # said to be a name: only the disease said there cancels it
            return _overlaps_any(f, mentions) or DISEASE_AFTER.match(text, f.end) is not None
        if (f.kind is Kind.NAME and f.source in GUESSES and " " not in f.text and not _overlaps_any(f, mentions)
                and f.text.lower() in any_first_names() and AGE_SAID_AFTER.match(text, f.end)):
            return False  # "Angel is three": a first name of an age is the person, not the eponym
        if f.source in GUESSES and f.kind in ALLOWABLE and (
                has_disease_part(f.text) or medicine_shaped(text, f.start, f.end)
                or (f.kind is Kind.NAME and " " not in f.text and medicine_verb_before(text, f.start)
                    and f.text.lower() not in any_first_names())):
            return True  # "Skelleftesjukan", "Efgartigimod", "Agalsidase alfa", "começou Kaftrio"
        if (f.kind is Kind.NAME and f.source in GUESSES and " " not in f.text
                and normalise_token(f.text) in self.vocabulary.eponyms
                and (HAS_BEFORE.search(text, max(0, f.start - 20), f.start) or KINDS_AFTER.match(text, f.end))):
            return True  # "she has Wilson? no, Menkes": an eponym someone has is the disease
        return f.kind in ALLOWABLE and f.source in GUESSES and (
            _overlaps_any(f, mentions) or self.vocabulary.is_eponym_span(f.text)
            or DISEASE_AFTER.match(text, f.end) is not None
            or self.vocabulary.is_medical_word(f.text)
            or (" " not in f.text and DOSE_AFTER.match(text, f.end) is not None))


def _ends_lower(name: str) -> bool:
    last = name.split()[-1]
    return last.isalpha() and last.islower() and last not in any_first_names()


def _is_town(word: str) -> bool:
    return plain(word) in towns()


def _cut_before_disease(text: str, f: Finding, mentions: list[tuple[int, int]]) -> Finding:
    """"… 70110 Kuopio, Northern epilepsy": an address that runs into a disease name ends before it."""
    if f.kind is not Kind.ADDRESS:
        return f
    starts = [s for s, e in mentions if f.start < s < f.end and e > f.end - 1 and " " in text[s:e]]
    if not starts:
        return f
    end = len(text[:min(starts)].rstrip(" ,;"))
    return Finding(f.kind, f.start, end, text[f.start:end], f.source) if end > f.start else f


def _cut_trailing_eponym(text: str, f: Finding, mentions: list[tuple[int, int]],
                         vocabulary: DiseaseVocabulary) -> Finding | None:
    """"Royal Brompton PAH clinic": a place of care's name ends before the disease or gene it
    treats; "RX-4471 Ottoline Vance Hurler": a guessed name whose last word is a disease's eponym after
    two capitalised words ends before it (a first and a last name, "Henrik Kallmann", stay whole)."""
    last = re.search(r"\S+$", f.text)
    if last is None or last.start() == 0:
        return f
    word_start = f.start + last.start()
    if f.kind is Kind.HOSPITAL:
        starts = [s for s, e in mentions if f.start < s < f.end and e >= f.end]
        starts += [f.start + m.start() for m in re.finditer(r"(?<=\s)[A-Z][A-Z0-9]{2,}\b", f.text)
                   if vocabulary.is_gene(m.group())]
    elif f.kind is Kind.NAME and f.source in GUESSES and (
            # two capitalised words before the eponym, in the guess or in the text before it
            re.search(r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+){2}$", text[max(0, word_start - 60):word_start])):
        starts = [word_start] if normalise_token(last.group()) in vocabulary.eponyms else []
    else:
        return f
    if not starts:
        return f
    end = len(text[:min(starts)].rstrip(" ,;-"))
    return Finding(f.kind, f.start, end, text[f.start:end], f.source) if end > f.start else None


def _surname_after_first_name(text: str, f: Finding, mention: tuple[int, int]) -> bool:
    s, e = mention
    if f.kind is not Kind.NAME or not (f.start < s and e <= f.end + 2):
        return False
    before = text[f.start:s].split()
    if len(before) != 1 or before[0].lower() not in any_first_names():
        return False
    # "Sanne de Vries"; "Graham Pettigrew's phone": a surname owning something, not "Crohn's"
    return text[s:e].split()[0].lower() in NAME_PARTICLES or (
        " " not in text[s:e] and text[s:e].endswith(("'s", "’s")) and DISEASE_AFTER.match(text, e - 2) is None)


# "Grace from Lincoln", "Harvey Dudley from Dudley", "(… little Maud) from Nancy": a person from a
# town; not a thing that came from someone ("a letter from Florence", "Message from Victoria").
PERSON_FROM = re.compile(r"(?<![\w'’-])(?!(?:Message|Email|E-mail|Letter|Call|Text|Reply|Note|Card|Gift|Visit|News|"
                         r"Update|Post|Thanks|Love|Greetings|Hello|Hi)\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+\)?\s+from\s+$")


def _town_not_name(text: str, f: Finding) -> Finding:
    """"from Cork", "Austin, TX 78705", "00187 Roma": a known town the model or the first-name
    list took for a person, where a place stands, is a place."""
    if f.kind is not Kind.NAME or f.source not in ("ner", "gazetteer") or plain(f.text) not in towns():
        return f
    before = TOWN_BEFORE.search(text, max(0, f.start - 12), f.start)
    if (before and before.group("person_too") and f.text.lower() in any_first_names()
            and not PERSON_FROM.search(text, max(0, f.start - 40), f.start)):
        before = None  # "a letter from Florence", "I talked to Victoria" ("Grace from Lincoln" is a town)
    if before or TOWN_AFTER.match(text, f.end) or town_cued(text, f):
        return Finding(Kind.ADDRESS, f.start, f.end, f.text, f.source)
    return f


def _names_before_cued_addresses(text: str, found: list[Finding]) -> list[Finding]:
    """"send to: Hiroshi Watanabe, 〒530-0001 …": a name opening an announced address is the
    addressee; the address starts after the comma."""
    names = {(f.start, f.end) for f in found if f.kind is Kind.NAME and f.source != "ner"}
    out = []
    for f in found:
        if f.source == "rule:address-cue":
            end = max((e for s, e in names if s == f.start and e < f.end and text.startswith(",", e)), default=None)
            if end is not None:
                start = end + 1 + len(text[end + 1:f.end]) - len(text[end + 1:f.end].lstrip())
                f = Finding(Kind.ADDRESS, start, f.end, text[start:f.end], f.source)
        out.append(f)
    return out


PARTICLE_GAP = re.compile(r"\s+(?:de|da|do|das|dos|di|del|della)\s+$")


def _towns_after_particles(text: str, found: list[Finding]) -> list[Finding]:
    """"Hospital das Clínicas de São Paulo": a town joined by "de" to a place of care is part of
    its name; "Ornella Buscemi da Palermo": the model's name stops before the town it comes from."""
    town_starts = sorted(f.start for f in found if f.source == "rule:town")
    hospital_ends = {f.end for f in found if f.kind is Kind.HOSPITAL}
    out = []
    for f in found:
        if f.source == "rule:town":
            gap = re.search(r"\s+\w+\s+$", text[max(0, f.start - 12):f.start])
            if gap and PARTICLE_GAP.fullmatch(gap.group()) and f.start - len(gap.group()) in hospital_ends:
                continue
        if f.kind is Kind.NAME and f.source == "ner":
            i = bisect.bisect_right(town_starts, f.start)
            if i < len(town_starts) and town_starts[i] < f.end:
                t = town_starts[i]
                m = PARTICLE_GAP.search(text, f.start, t) or re.search(r"\s+\w+\s+$", text[f.start:t])
                end = (m.start() if m.re is PARTICLE_GAP else f.start + m.start()) if m else None
                if end is not None and end > f.start:
                    f = Finding(f.kind, f.start, end, text[f.start:end], f.source)
        out.append(f)
    return out


# "HN 4412093, Somchai Wongsakul, thalassaemia", "Walton Centre: Norah Gallagher-Pike, 39": a full
# name after an id or a place of care in a record line, before a comma or a bracket.
RECORD_NAME = re.compile(
    r"\s*[,:;]\s*(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?){1,2})(?=\s*(?:,|\(|$))")
NOT_RECORD_NAME = frozenset("""
the a an dear hi hello patient referral discharge clinic hospital department ward unit mr mrs ms dr
type stage grade left right north south east west new old royal general university national
road street avenue lane drive way close crescent place square park court gardens hill rd st ave
""".split())


def _names_after_record_fields(text: str, found: list[Finding]) -> list[Finding]:
    from raremap.privacy.places import country_names

    taken = [(f.start, f.end) for f in found]
    out = []
    for f in found:
        if f.kind not in (Kind.RECORD_NUMBER, Kind.HOSPITAL, Kind.DATE) or (
                f.kind is Kind.DATE and not text.startswith(":", f.end)):
            continue  # "Letter, 21 July 2025: Ines Marlow-Kent, 4": a name after a letter's date and a colon
        m = RECORD_NAME.match(text, f.end)
        if m is None:
            continue
        g = Finding(Kind.NAME, *m.span("name"), m.group("name"), "rule:context-guess")
        words = [w.lower() for w in g.text.split()]
        if (not _overlaps_any(g, taken) and not any(w in NOT_RECORD_NAME for w in words)
                and g.text.lower() not in country_names() and not any(w in MONTHS_LOWER for w in words)):
            out.append(g)
    return out


# "at the RVI in Newcastle", "Hôpital Fann, Dakar": the town right after a place of care only
# locates it (where the writer lives is told elsewhere)
DISTRICT_AFTER = re.compile(r",?\s+(?:\d|[A-Z]{1,2}\d)")  # "Dublin 12", "Leeds LS9": part of an address
HOSPITAL_TOWN_GAP = re.compile(r"(?:\s+(?:and\s+)?(?:in|near)|,)\s+")


def _locates_hospital(text: str, f: Finding, hospital_ends: list[int]) -> bool:
    return any(e < f.start and HOSPITAL_TOWN_GAP.fullmatch(text, e, f.start) for e in hospital_ends) and (
        POSTCODE_AFTER.match(text, f.end) is None and DISTRICT_AFTER.match(text, f.end) is None)


def _towns_after_hospitals(text: str, found: list[Finding]) -> list[Finding]:
    out = []
    for f in found:
        m = TOWN_AFTER_HOSPITAL.match(text, f.end) if f.kind is Kind.HOSPITAL else None
        if m and m.group("town").lower() not in country_names() and m.group("town") not in MONTHS:
            s, e = m.span("town")
            out.append(Finding(Kind.ADDRESS, s, e, text[s:e], "rule:town"))
    return out


def _names_again(text: str, found: list[Finding]) -> list[Finding]:
    """A name found once is a name wherever else the text repeats it ('reference "Amara"')."""
    names = {f.text for f in found if f.kind is Kind.NAME and len(f.text) > 2 and f.text[0].isupper()}
    spans = [(f.start, f.end) for f in found]
    out = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            # "Mrs Ramsay … Ramsay Hunt syndrome": not where it opens a disease's eponym
            more = EPONYM_WORDS.match(text, m.end())
            if DISEASE_AFTER.match(text, more.end() if more else m.end()):
                continue
            f = Finding(Kind.NAME, m.start(), m.end(), name, "rule:context-guess")
            if not _overlaps_any(f, spans):
                out.append(f)
    return out


def _overlaps_any(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(f.start < e and s < f.end for s, e in spans)


def _inside_any(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(s <= f.start and f.end <= e for s, e in spans)


def _postcodes_after(text: str, findings: list[Finding]) -> list[Finding]:
    """A postcode right after a town found by any means belongs to it ("Tokyo 160-0023")."""
    out: list[Finding] = []
    skip = -1
    for i, f in enumerate(findings):
        if i == skip:
            continue
        m = POSTCODE_AFTER.match(text, f.end) if f.kind is Kind.ADDRESS else None
        nxt = findings[i + 1] if i + 1 < len(findings) else None
        # "Lagos 100211", "Singapore 460412": the bare-digits rule's "id" right after a town is its postcode
        if (m is not None and nxt is not None and nxt.source in ("rule:digits", "rule:id")
                and nxt.start >= f.end and nxt.end == m.end()):
            skip = i + 1
        elif m is not None and nxt is not None and m.end() > nxt.start:
            m = None
        if m is not None:
            f = Finding(Kind.ADDRESS, f.start, m.end(), text[f.start:m.end()], f.source)
        out.append(f)
    return out


def _merge_addresses(text: str, findings: list[Finding]) -> list[Finding]:
    """One finding for a whole address: parts next to each other ("Flat 4", "19 Mill Lane",
    "Cambridge", "CB2 1RX") joined when only spaces and commas lie between them."""
    out: list[Finding] = []
    for f in findings:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind is Kind.ADDRESS and f.kind is Kind.ADDRESS
                and ADDRESS_GAP.fullmatch(text[prev.end:f.start])):
            out[-1] = Finding(Kind.ADDRESS, prev.start, f.end, text[prev.start:f.end], prev.source)
        else:
            out.append(f)
    return out


def build_detector(kb=None, use_ner: bool = True) -> Detector:
    """A detector whose allow-list comes from ``kb`` (a loaded KnowledgeBase), if given.
    The allow-list is built once per knowledge base and kept with it (``kb.derived``)."""
    vocab = (kb.derived.get("de-identification allow-list",
                            lambda: DiseaseVocabulary.from_knowledge(kb, first_names()))
             if kb is not None else DiseaseVocabulary(frozenset(), frozenset()))
    towns()  # the town gazetteer (0.3 s to read) is loaded here, at warm-up, not on a first post
    return Detector(vocab, load_ner() if use_ner else None)
