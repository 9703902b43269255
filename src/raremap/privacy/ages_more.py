"""More ways people tell an age: a number and the word for "years" in many languages ("4 lata",
"5 jaar", "15 años", "deux ans", "sete anos", "7 tuổi", "3 Jahre alt"), years and months
abbreviated ("5y 2m", "2 yrs 3 mos"), an age field on a form ("Age: 29", "Edad: 15"), "im 16",
"I'm vinte e dois", "since 17.", "will be 18", "would've been twelve", "They're six now", and
an age after an event ("had a stroke at 6", "dx'd at 42").

A number and "years" is no age when it says how long ago or for how long ("hace 5 años", "depuis
3 ans", "seit 2 Jahren", "od 4 lat", "for 5 years").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.patterns import NUMBER_WORDS

# Number words to about twenty-five in French, Spanish, Portuguese, Italian, German and Dutch;
# tens joined to a unit by "e"/"y" ("vinte e dois", "treinta y uno").
_UNITS = (r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
          r"dix-sept|dix-huit|dix-neuf|vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|"
          r"uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|trece|catorce|quince|dieciséis|"
          r"diecisiete|dieciocho|diecinueve|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
          r"um|uma|dois|duas|três|quatro|sete|oito|nove|dez|treze|quatorze|catorze|dezesseis|dezassete|"
          r"dezessete|dezoito|dezenove|dezanove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|"
          r"noventa|"
          r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|"
          r"sedici|diciassette|diciotto|diciannove|venti|trenta|"
          r"eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
          # German tens, alone or after a unit and "und" ("dreiundsechzig", "einundzwanzig")
          r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|"
          r"sechzig|siebzig|achtzig|neunzig)|"
          r"een|twee|drie|vijf|zes|zeven|negen|tien|twaalf|twintig|dertig|"
          # Galician, Swedish, Norwegian and Danish, Icelandic, Welsh, Irish and Tagalog (with its linker)
          r"catro|sete|dezaseis|dezasete|"
          r"ett|två|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo|seks|syv|otte|åtte|ni|ti|elleve|tyve|"
          r"tveggja|þriggja|fjögurra|fimm|sjö|átta|níu|tíu|ellefu|tólf|"
          r"dwy|tair|pedair|pedwar|chwech|saith|wyth|naw|deg|"
          r"dhá|trí|ceithre|cúig|sé|seacht|ocht|naoi|deich|"
          # Polish, before "lat" ("dwanaście lat"): eleven to nineteen, then the units and tens
          r"jedenaście|dwanaście|trzynaście|czternaście|piętnaście|szesnaście|siedemnaście|osiemnaście|"
          r"dziewiętnaście|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|dwa|trzy|cztery|pięć|sześć|"
          r"siedem|osiem|dziewięć|dziesięć|"
          r"isang|dalawang|tatlong|apat\s+na|limang|anim\s+na|pitong|walong|siyam\s+na|sampung|"
          # Italian tens with a unit ("ventidue", "ottantuno", "trentotto")
          r"(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:a|i)?"
          r"(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)")
WORLD_NUMBER = rf"(?:(?:{_UNITS})(?:\s+(?:e|y)\s+(?:{_UNITS}))?)"
# "ottant'anni", "vent'anni": an Italian ten elided before "anni"
ELIDED_TENS = r"(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)['’]anni"
# "years (old)" after a number, by language; Polish and Czech change the word with the number.
YEAR_WORDS = (r"(?:ans|an|años|año|anos|ano|anni|anno|Jahre|Jahren|Jahr|jaar|jarig|lata|lat|rok|roky|let|"
              r"rokov|år|års|vuotta|vuotias|éves|yaş|yaşında|ετών|χρονών|лет|года|год|tuổi|tahun|taon|urte|urtekoa|"
              r"साल|سنة|سنوات|"
              # Romanian, South Slavic, Baltic, Estonian, Ukrainian, Bulgarian, Catalan, Albanian, Maltese,
              # Icelandic, Welsh, Irish, Armenian, Georgian, Bengali, Hindi and Persian in Latin letters
              r"ani|godina|godine|godinu|godini|leta|metai|metų|metus|metukai|gadi|gadu|gads|gadus|aastat|aastane|"
              r"років|роки|рік|рочки|години|годишен|годишна|година|године|гадоў|anys|vjeç|vjeçe|vjet|sena|snin|"
              r"ára|árs|oed|mlwydd\s+oed|m?bliana\s+d['’]aois|bliain\s+d['’]aois|տարեկան|წლის|saal|varsh|sale|"
              r"taong\s+gulang|jaar\s+oud)")
NUMBER_YEARS = re.compile(
    rf"(?<![0-9A-Za-zÀ-ÿ.,/'’-])(?P<age>{ELIDED_TENS}|(?:\d{{1,3}}|{WORLD_NUMBER}|{NUMBER_WORDS})\s?(?:{YEAR_WORDS}(?:\s+(?:alt|oud|old))?(?![\w-])"
    r"|[岁歲歳살세才]|\s?(?:বছর|ขวบ|ปี|ዓመ[\u1200-\u137F]*|ساله|سال|वर्ष))"
    # "7-aastane", "5-vuotias", "14-il sena": the word for "years old" joined by a hyphen
    rf"|\d{{1,3}}-(?:aastane|vuotias|vuotiaana|il\s+sena|летний|летняя|річний|річна|годишен|годишна|årig|jarige|jährige?r?)"
    # "十歲", "三岁": Chinese numerals before the word for years
    r"|[一二三四五六七八九十两兩]{1,3}[岁歲歳])"
    r"(?!\s*(?:ago|later|тому|назад|temu|fa\b|geleden|sedan|siden|síðan|yn\s+ôl|ó\s+shin|atrás|zuvor|später|plus\s+tard|después|depois|dopo|più\s+tardi|d['’]|z\b))",
    re.IGNORECASE)
# The word for "years" before the number: Swahili "miaka 8", "umri wa miaka 5"; Hebrew "בן 6", "בת 4"
# ("son of", "daughter of" 4 years).
YEARS_BEFORE = re.compile(r"(?<!\w)(?P<age>(?:miaka|בן|בת)\s+\d{1,3})(?![\d/:]|[.,]\d)")
# An age in months told with "is"/"has" or "old" in another language: "är 6 mån", "6 månader
# gammal", "tiene 15 meses", "il a 8 mois", "ist 14 Monate alt", "ha 6 mesi", "ma 8 miesięcy".
MONTH_WORDS = (r"(?:mån|månader|måneder|mnd|meses|mois|Monate|Monaten|mesi|maanden|miesięcy|miesiące|"
               r"měsíců|měsíce|kuukautta|hónapos|aylık)")
MONTHS_OLD = re.compile(
    rf"\b(?:är|er|tiene|tem|a|ist|ha|ma|heeft|má|on|ona)\s+(?P<age>\d{{1,2}}\s?{MONTH_WORDS})(?![\w-])"
    rf"|(?<![\w.,/])(?P<old>\d{{1,2}}\s?{MONTH_WORDS}\s+(?:gammal|gamle|gammel|alt|oud|de\s+edad|de\s+idade))\b",
    re.IGNORECASE)
# "bone age 1y 3m", "height age of 4 years": an age measured on the body is a finding, not the person's.
MEASURED_AGE = re.compile(r"\b(?i:bone|skeletal|height|developmental|mental|reading|gestational)\s+age\s*"
                          r"(?i:of|was|is|at|=|:|about|around)?\s*$")
# A number of years that is a time ago or a length of time, not an age.
DURATION_BEFORE = re.compile(
    r"\b(?:hace|desde|durante|por|il\s+y\s+a|depuis|pendant|seit|vor|für|seit\s+über|od|przez|sinds|"
    r"al|há|faz|por|da|per|fa|for|since|after|over|in|within|every|each|last|past|next|these|those|"
    r"aus|après|dopo|después|depois|na|po|sedan|i|för|om|jo|elle|mint|yıl|trong|sau|cách)\s+"
    r"(?:(?:about|around|almost|nearly|over|plus\s+de|más\s+de|mais\s+de|über|ponad|meer\s+dan|"
    r"environ|unos|cerca\s+de|quasi|circa|etwa|ruim|ok\.?)\s+)?$",
    re.IGNORECASE)
# "5y 2m", "2 yrs 3 mos", "1y6m": years and months written short.
YEARS_MONTHS = re.compile(r"(?<![\w.])(?P<age>\d{1,2}\s?(?:y|yrs?|yo|years?)\s?(?:and\s+)?\d{1,2}\s?(?:m|mo|mos|mths?|months?))"
                          r"(?![\w/])", re.IGNORECASE)
# A form's age field: "Age: 29", "age = 4", "Edad: 15", "Alter: 5", "Âge : 7", "Età: 12".
AGE_FIELD = re.compile(
    r"\b(?:age|edad|idade|alter|âge|età|leeftijd|wiek|ålder|alder|ikä|yaş|tuổi)\s*[:=]\s*"
    r"(?P<age>\d{1,3}(?:\s?(?:y|yrs?|years?|yo|m|mo|months?))?)(?![\w/-]|[.,]\d)",
    re.IGNORECASE)
# Said about oneself or others, in English and with a number word of another language.
# "im 16", "im twenty-six", "I'm vinte e dois", "she's 7 now", "They're six now",
# "will be 18 on", "would've been twelve", "had a stroke at 6", "dx'd at 42!", "since 17."
NOT_AGE_AFTER = (r"(?!\s*(?:%|mg|kg|cm|mm|times|days?|weeks?|hours?|minutes?|mins?|of\b|out\b|"
                 r"percent|/|-|–|\.\d|st\b|nd\b|rd\b|th\b|o['’]clock|am\b|pm\b|:|x\b))")
# Who "will be" or "would've been" an age: a pronoun or a capitalised name ("Will will be 18").
SUBJECT = r"(?:he|she|they|I|you|we|(?-i:(?!(?:It|This|That|There|The|What|Which|Who|Everything)\b)[A-Z][a-z]+))"
SAID = re.compile(
    rf"\bim\s+(?P<im>\d{{1,2}}|{NUMBER_WORDS})\b{NOT_AGE_AFTER}(?=\s*(?:[.,!?;)]|$)|\s+(?:with|and|but|now|so|w/|"
    r"years?\s+old|yo|y/o)\b)"
    rf"|\b(?:i['’]m|i\s+am)\s+(?P<world>{WORLD_NUMBER})(?=\s*(?:[.,!?;)]|$))"
    rf"|\b(?:they['’]re|they\s+are|we['’]re|he['’]s|she['’]s|i['’]m|both)\s+(?P<now>\d{{1,2}}|{NUMBER_WORDS})"
    r"(?=\s+(?:now|today|this\s+year|already)\b)"
    rf"|\b{SUBJECT}\s+(?:will\s+be|['’]ll\s+be|would\s+have\s+been|would['’]ve\s+been)\s+"
    rf"(?P<will>\d{{1,2}}|{NUMBER_WORDS})\b{NOT_AGE_AFTER}(?=\s+(?:on|in|next|this|tomorrow|today|soon|years?\s+old)\b"
    r"|\s*[.!,;]|\s*$)"
    r"|\b(?:dx['’]?d|dx|diagnosis|stroke|seizure|transplant|surgery|operation|symptoms?\s+(?:started|began))"
    r"\s+at\s+(?:age\s+)?(?P<event>\d{1,2})\b(?!\s*(?:%|mg|kg|am|pm|:|\.\d|weeks|days|hours|o['’]clock|h\b))"
    r"|\bsince\s+(?:age\s+)?(?P<since>[2-9]|1\d|[2-9]\d)(?=\s*[.!;]|\s*$|,\s)",
    re.IGNORECASE)


def find_more_ages(text: str) -> Iterator[Finding]:
    for m in NUMBER_YEARS.finditer(text):
        if (DURATION_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or MEASURED_AGE.search(text, max(0, m.start() - 30), m.start())):
            continue
        yield Finding(Kind.AGE, *m.span("age"), m.group("age"), "rule:age")
    for m in YEARS_BEFORE.finditer(text):
        yield Finding(Kind.AGE, *m.span("age"), m.group("age"), "rule:age")
    for m in MONTHS_OLD.finditer(text):
        group = "age" if m.group("age") else "old"
        yield Finding(Kind.AGE, *m.span(group), m.group(group), "rule:age")
    for rx in (YEARS_MONTHS, AGE_FIELD):
        for m in rx.finditer(text):
            if MEASURED_AGE.search(text, max(0, m.start("age") - 30), m.start("age")):
                continue
            if rx is YEARS_MONTHS and DURATION_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "for 2 years 3 months"
            yield Finding(Kind.AGE, *m.span("age"), m.group("age"), "rule:age")
    for m in SAID.finditer(text):
        group = next(g for g in ("im", "world", "now", "will", "event", "since") if m.group(g))
        yield Finding(Kind.AGE, *m.span(group), m.group(group), "rule:age")
