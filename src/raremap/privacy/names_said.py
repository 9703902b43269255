"""Places where a word is said to be someone's name, so that even a disease eponym there is a
person ("our son is called Job", "my surname is actually Lynch", "Sweet is her surname too",
"his grandad is Norrie (short for Norman)", "Diamond (our daughter)", "Harper, 7").

These findings (source ``rule:person``) are cancelled only by a disease said there in full
("a boy called Job syndrome" is not a boy): a bare eponym does not cancel them as it cancels a
guess. Also here: words of other languages that open letters or fill forms ("Guten Abend",
"Buenas tardes", "Witam", "Pat." for patient, "Mia figlia") that the model takes for names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.places import NATIONALITIES, country_names

SOURCE = "rule:person"
CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
KIN = (r"(?:(?:son|daughter|boy|girl|baby|child|kid|brother|sister|husband|wife|partner|dad|mum|mom|"
       r"father|mother|grandad|granddad|grandpa|grandma|granny|nan|nana|grandson|granddaughter|"
       r"nephew|niece|cousin|uncle|aunt|auntie|twin|stepson|stepdaughter|friend|penfriend|pen\s+pal|"
       r"neighbour|neighbor|colleague|boss|nurse|charge\s+nurse|surgeon|consultant|physio|teacher)"
       r"(?:-in-law)?)")
NAMING = re.compile(
    # "our son is called Job", "she's named Ivy", "we named her Summer", "a boy named Sue"
    rf"\b(?i:{KIN}|he|she|they|we|i)\b(?:['’]s|['’]re|\s+(?:is|was|are|were|has\s+been))?\s+"
    rf"(?i:called|named|christened)\s+(?:(?i:him|her|them)\s+)?(?P<a>{CAP})\b"
    # "my surname is actually Lynch", "the surname Kennedy", "her maiden name was Graves"
    rf"|\b(?i:surname|last\s+name|family\s+name|maiden\s+name|middle\s+name)"
    rf"(?:\s+(?i:actually|also|really|just|literally))?(?:['’]s|\s+is|\s+was)?\s+"
    rf"(?:(?i:actually|also|really|just|literally)\s+)?(?P<b>{CAP})\b"
    # "Sweet is her surname too", "Graves is my last name"
    # "Ellison is my middle name", "Horner is the surgeon's name", "Miller is his mother's maiden name"
    rf"|(?P<c>{CAP})\s+(?:is|was)\s+(?:(?i:truly|really|actually|indeed|also|just)\s+)?(?i:my|our|his|her|their|the)\s+(?:(?i:\w+)['’]s\s+)?"
    rf"(?i:sur|last\s+|family\s+|maiden\s+|first\s+|middle\s+|real\s+|given\s+)?name\b"
    # "I'm Graves by surname"
    rf"|(?P<d>{CAP})\s+by\s+(?i:surname|name)\b"
    # "his grandad is Norrie (short for Norman)", "my daughter is Ivy,"
    rf"|\b(?i:my|our|his|her|their)\s+{KIN}\s+is\s+(?P<e>{CAP}(?:\s+{CAP})?)(?=\s*(?:\(|[,.!;]|$))"
    # "our charge nurse Langdon has", "my penfriend Meleda lives": a role then the person
    rf"|\b(?i:my|our|his|her|their)\s+(?i:{KIN})\s+(?P<h>{CAP})(?=\s+(?:is|was|has|had|lives|lived|works|said|says|"
    r"and|from|in)\b)"
    # "Diamond (our daughter)", "Ivy (my niece)"
    rf"|(?P<f>{CAP})\s*\((?i:my|our|his|her|their)\s+(?:little\s+|youngest\s+|eldest\s+)?{KIN}\)"
    # "we're the Osgoods", "we are the Kowalskis"
    rf"|\b(?i:we['’]re|we\s+are)\s+the\s+(?P<g>{CAP}s)\b")
NOT_NAMES = frozenset("""
the a an it this that there here what who not no yes one same type autistic disabled fine well
practitioner specialist consultant registrar manager coordinator assistant
""".split())


def said_names(text: str) -> Iterator[Finding]:
    for m in NAMING.finditer(text):
        group = next(g for g in "abcdefgh" if m.group(g))
        s, e = m.span(group)
        word = text[s:e].lower()
        if (word in NOT_NAMES or word in CALENDAR_WORDS or word in country_names()
                or word in NATIONALITIES):
            continue
        yield Finding(Kind.NAME, s, e, text[s:e], SOURCE)


# Words opening a letter, filling a form or saying "my" in another language: never a name.
FOREIGN_WORDS = frozenset("""
guten gute abend morgen tardes días dias noches lieber liebe liebes sehr geehrte geehrter herren damen bitte danke infos termin
kostenträger versichertennr versicherung anschrift adresse hallo grüezi servus moin
buenas buenos hola querido querida saludos gracias dirección direccion carrera calle avenida lo
los las nuestro nuestra
bonjour bonsoir madame monsieur merci cordialement salut
buongiorno buonasera salve ciao grazie gentile gentili indirizzo
goedemorgen goedemiddag goedenavond beste mijn ons onze adres groeten
witam dzień szanowni szanowna szanowny pozdrawiam
olá obrigado obrigada endereço endereco
merhaba namaste salaam shalom địa chỉ
volunteer volunteers
subj subject sender physio rozpoznanie diagnoza diagnosi diagnóstico полис
alguien alguém somos estamos tenemos temos envíen envíe enviem manden escriban bien atentamente
labdien tere здравейте здравствуйте привіт привет habari jambo përshëndetje pozdravljeni zdravo bonġu hei hej
oi shwmae allo kamusta kumusta sawubona ahoj cześć goeiemiddag goeiemôre goeienaand sveiki labas szia hallå
halo marhaba salam selamat magandang
naslov adresa adresas adrese aadress osoite cím cyfeiriad seoladh alamat tirahan anwani enderezo heimilisfang
indirizz адрес адреса тел телефон tel telefon telefono teléfono telefone puhelin sími simu telepon ffôn fón
netfang sähköposti
soy sou ele ydw jeg jag ég olen esmu aš jien unë sunt saya ako mă numesc volám zovem kazvam звати мене меня зовут
sohn tochter zoon dochter córka fils fille hijo hija figlio figlia filho filha marito moglie madre
padre mamma papà fratello sorella nonna nonno esposo esposa marido hermano hermana abuela abuelo
mère père frère sœur moeder vader broer matka ojciec siostra mãe irmão irmã mutter vater
maman papa mamá papá mamãe papai paciente paziente patiente patientin mieszka mieszkam mieszkamy vivo vivimos abito abitiamo wohne wohnen woon wonen moramos moro habite habitons
je mano leczy leczona leczony urodzony urodzona urodził urodziła téann tá dirawat howzit grüß καλημέρα καλησπέρα
courrier επιστολή arztbrief epikris
""".split())
# Greetings of two or more words whose parts alone may be names ("Dan", "Dag", "Dia"): "Dobar dan",
# "Dobrý deň", "Bună ziua", "Laba diena", "God dag", "Góðan dag", "Bon dia", "Bos días", "Bore da",
# "Dia dhuit", "Доброго дня", "Добрий день", "Selamat pagi", "Magandang araw po", "Hyvää päivää".
GREETING = re.compile(
    r"(?i:dobar\s+dan|dobr[ýy]\s+(?:de[ňn]|večer)|dobré\s+ráno|dober\s+dan|bună\s+(?:ziua|dimineața|seara)|"
    r"laba\s+(?:diena|rytas|vakaras)|labas\s+rytas|labrīt|god\s+(?:dag|morgen|kväll|aften)|góðan\s+(?:dag|daginn)|"
    r"bon\s+(?:dia|dia\s+a\s+tots)|bona\s+tarda|bo[sa]\s+(?:días|tardes|noites)|bore\s+da|prynhawn\s+da|"
    r"dia\s+(?:dhuit|daoibh)|доброго\s+(?:дня|ранку|вечора)|добрий\s+день|добрый\s+день|добър\s+ден|"
    r"selamat\s+(?:pagi|siang|sore|malam|datang)|magandang\s+(?:araw|umaga|hapon|gabi)(?:\s+po)?|"
    r"hyvää\s+(?:päivää|huomenta|iltaa)|jó\s+napot|tere\s+(?:päevast|hommikust)|goeie\s+(?:môre|middag|dag)|"
    r"hujambo|shikamoo|namaste\s+ji|grüß\s+gott|γεια\s+σας)\b[,!]?")
MY_WORDS = frozenset("mein meine meinen unser unsere onze ons mijn moja mój mon ma mes mio mia mi minha meu".split())
# "Mia figlia", "Mijn dochter", "Ma fille", "Meine Tochter": "my" in another language before a
# relative.
MY_RELATIVE = re.compile(
    r"(?i:mia|mio|mijn|ma|mon|mi|moja|mój|minha|meu|meine?|min)\s+(?i:figlia|figlio|figli|marito|moglie|madre|"
    r"padre|mamma|papà|fratello|sorella|nonna|nonno|hija|hijo|hijos|esposo|esposa|marido|mujer|hermano|hermana|"
    r"abuela|abuelo|fille|fils|mari|femme|mère|père|frère|sœur|dochter|zoon|man|vrouw|moeder|vader|broer|zus|"
    r"córka|syn|mąż|żona|matka|ojciec|brat|siostra|filha|filho|mãe|pai|irmão|irmã|tochter|sohn|mann|frau|"
    r"mutter|vater|datter|søn|mand|kone)\b")


# A German or Dutch disease name the lists lack ("Zystinose", "Mukoviszidose"): a long word
# ending as disease names do is no person.
DISEASE_ENDING = re.compile(r"\w{5,}(?:ose|osis|itis|ämie|aemia|emia|pathie|pathy|trophie|plasie|ismus)|\w*(?:"
                            # "Ösophagusatresie", "Fieberinfekt", "Myelom", "Neuroblastom", "Herzinsuffizienz"
                            r"atresie|atresia|infekt|infektion|insuffizienz|stenose|dysplasie|"
                            r"myelom|lymphom|melanom|karzinom|sarkom|blastom|gliom|adenom|fibrom|lipom|angiom)", re.IGNORECASE)
# "Ösophagusatresie Typ": the label word after a disease the model took with it.
TYPE_WORDS = frozenset({"typ", "type", "typus", "tipo", "grad", "grade"})


def without_foreign_words(text: str, f: Finding) -> Finding | None:
    """A name (or the model's one-word place) less the greetings, form words and "my" of another
    language that open it ("Mein Sohn Nico" -> "Nico"); None when nothing is left."""
    if f.kind is not Kind.NAME and not (f.kind is Kind.ADDRESS and f.source == "ner" and " " not in f.text):
        return f
    if f.source in ("ner", "gazetteer") and " " not in f.text and DISEASE_ENDING.fullmatch(f.text):
        return None
    head, _, rest = f.text.partition(" ")
    if f.source == "ner" and rest.lower() in TYPE_WORDS and DISEASE_ENDING.fullmatch(head):
        return None
    if " " not in f.text and MY_RELATIVE.match(text, f.start):
        return None
    # "Pat. Hannelore Krüger": the form's short word for patient before the name.
    if f.text == "Pat" and re.match(r"\.\s+[A-ZÀ-Þ]", text[f.end:f.end + 4]):
        return None
    spread = GREETING.match(text, f.start)
    if spread is not None and spread.end() >= f.end:
        return None  # "Jó napot", "Dia dhuit": the model's word is the first of a greeting
    greeting = GREETING.match(f.text)
    offset = greeting.end() if greeting else 0
    start = f.start + offset
    words = list(re.compile(r"\S+").finditer(f.text, offset))
    low = [w.group().lower().rstrip(".,:") for w in words] + [""]
    for i, w in enumerate(words):
        if low[i] not in FOREIGN_WORDS and not (low[i] in MY_WORDS and low[i + 1] in FOREIGN_WORDS):
            break
        start = f.start + w.end()
    else:
        return None
    start += len(text[start:f.end]) - len(text[start:f.end].lstrip())
    particle = re.match(r"(?:de|da|di|du|del|van|von)\s+", text[start:f.end]) if start > f.start else None
    start += particle.end() if particle else 0  # "Maman de Louis-Marie" -> "Louis-Marie"
    if start == f.start:
        return f
    rest = text[start:f.end]
    if not rest[:1].isupper() or rest.isupper():
        return None  # "Lo ven en" -> "ven en", "Kostenträger AOK" -> "AOK": no name left
    return Finding(f.kind, start, f.end, rest, f.source)
