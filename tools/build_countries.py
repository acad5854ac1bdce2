"""Build indexer/data/countries.tsv, the country names indexer.countries recognises.

Run by hand from the project root whenever this table or Babel's CLDR data changes, then
commit the regenerated file with the script:

    /tmp/venv/bin/python tools/build_countries.py

Names come from CLDR territory names (through Babel) in English, Russian, Uzbek (Latin and
Cyrillic) and Azerbaijani, for the sovereign states and a few widely mentioned territories,
plus the alternative names below that CLDR lacks. The output has one row per spelling:
code, language, name. The first row of a code and language is its display name. Code "-"
marks a place that is not a country but whose name contains one (Latin America, American
Samoa, New Guinea): the recogniser matches the longest name, so these keep the shorter
country name inside them from matching.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

OUTPUT = Path(__file__).resolve().parents[1] / "indexer" / "data" / "countries.tsv"
LANGUAGES = ("en", "ru", "uz", "uz_Cyrl", "az")

# The 193 member states of the United Nations (ISO 3166-1 alpha-2).
UN_MEMBERS = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF
CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD
GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP
KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY
MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG
SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE
VN VU WS YE ZA ZM ZW
""".split()
# UN observer states (the Holy See, Palestine), states with limited recognition (Taiwan,
# Kosovo), and territories the news names as often as countries. Other dependencies, the
# continents and groupings (001, 150, EU, UN, EZ) and the private codes (QO, XA, XB, ZZ) are
# left out: a "countries" facet listing "Europe" or "Bermuda" would be noise.
TERRITORIES = ["VA", "PS", "TW", "XK", "HK", "MO", "EH", "GL", "PR"]
COUNTRIES = sorted({*UN_MEMBERS, *TERRITORIES})

# CLDR names of places that contain a country's name but are not that country; written with
# code "-". The America regions keep "America" (the United States) from matching in them.
BLOCKED_REGIONS = ["003", "005", "013", "419", "AS", "GS"]

# Alternative names CLDR lacks: "CODE language: name; name; ...". Code "-" as above.
# Decisions: England, Scotland, Wales and Northern Ireland are GB (ISO 3166-1 has no codes
# for them, and a document about Scotland is a document about a part of the UK); plain
# "America" and its translations are the United States (the continents are blocked above);
# plain "Korea" is South Korea and plain "Congo" the DR Congo, the states those words mean
# in most news text; "Holland" is the Netherlands.
ALTERNATIVES = """
US en: United States of America; USA; US; U.S.; U.S.A.; America
US ru: Соединённые Штаты Америки; США; Америка
US uz: AQSh; AQSH; Amerika; Qoʻshma Shtatlar; Qoʻshma Shtatlari
US uz_Cyrl: АҚШ; Америка; Қўшма Штатлар
US az: ABŞ; Amerika; Amerika Birləşmiş Ştatları; Birləşmiş Ştatlar
GB en: Britain; Great Britain; UK; U.K.; United Kingdom of Great Britain and Northern Ireland; \
England; Scotland; Wales; Northern Ireland
GB ru: Британия; Соединённое Королевство; Англия; Шотландия; Уэльс; Северная Ирландия
GB uz: Britaniya; Birlashgan Qirollik; Angliya; Shotlandiya; Uels; Shimoliy Irlandiya
GB uz_Cyrl: Британия; Бирлашган Қироллик; Англия; Шотландия; Уэльс; Шимолий Ирландия
GB az: Böyük Britaniya; Britaniya; İngiltərə; Şotlandiya; Uels; Şimali İrlandiya
RU en: Russian Federation
RU ru: Российская Федерация; РФ
RU uz: Rossiya Federatsiyasi
RU uz_Cyrl: Россия Федерацияси
RU az: Rusiya Federasiyası
UZ en: Republic of Uzbekistan
UZ ru: Республика Узбекистан
UZ uz: Oʻzbekiston Respublikasi
UZ uz_Cyrl: Ўзбекистон Республикаси
UZ az: Özbəkistan Respublikası
AZ en: Republic of Azerbaijan
AZ ru: Азербайджанская Республика
AZ uz: Ozarbayjon Respublikasi
AZ uz_Cyrl: Озарбайжон Республикаси
AZ az: Azərbaycan Respublikası
KZ ru: Республика Казахстан
TR en: Turkey; Republic of Türkiye
TR ru: Турецкая Республика
TR az: Türkiyə Respublikası
TR uz: Turkiya Respublikasi
BY en: Republic of Belarus
BY ru: Белоруссия; Республика Беларусь
BY uz: Belorussiya
BY uz_Cyrl: Белоруссия
KG en: Kyrgyz Republic
KG ru: Кыргызстан
MD en: Republic of Moldova
MD ru: Молдавия
TM ru: Туркмения
CN en: People's Republic of China; PRC
CN ru: Китайская Народная Республика; КНР
CN az: Çin Xalq Respublikası
TW en: Republic of China; Chinese Taipei
KR en: Korea; Republic of Korea; Korea, Republic of
KR ru: Южная Корея; Корея
KR uz: Koreya; Koreya Respublikasi
KR uz_Cyrl: Корея
KR az: Koreya; Koreya Respublikası
KP en: Democratic People's Republic of Korea; Korea, Democratic People's Republic of; DPRK; \
DPR Korea
KP ru: Северная Корея; Корейская Народно-Демократическая Республика
KP uz: KXDR
KP az: KXDR
CZ en: Czech Republic
CZ ru: Чешская Республика
CI en: Ivory Coast
CI ru: Берег Слоновой Кости
MM en: Burma
MM ru: Бирма
MM uz: Birma
MM uz_Cyrl: Бирма
NL en: Holland; Kingdom of the Netherlands
NL ru: Голландия
NL uz: Gollandiya; Niderlandlar
NL uz_Cyrl: Голландия
NL az: Hollandiya
CD en: Democratic Republic of the Congo; Congo, Democratic Republic of the; DR Congo; DRC; \
Congo-Kinshasa; Congo
CD ru: Демократическая Республика Конго; ДР Конго; ДРК; Конго
CD uz: Kongo Demokratik Respublikasi; Kongo
CD az: Konqo Demokratik Respublikası; Konqo
CG en: Republic of the Congo; Republic of Congo; Congo-Brazzaville
CG ru: Республика Конго
DE ru: ФРГ; Федеративная Республика Германия
AE en: UAE
AE ru: Объединённые Арабские Эмираты; Эмираты
ZA ru: Южная Африка; ЮАР
ZA uz: Janubiy Afrika
ZA uz_Cyrl: Жанубий Африка
ZA az: Cənubi Afrika
SZ en: Swaziland
SZ ru: Свазиленд
MK en: Macedonia; Republic of North Macedonia
MK ru: Македония
MK uz: Makedoniya
MK az: Makedoniya
TL en: East Timor
CV en: Cabo Verde
VA en: Vatican; Holy See
VA ru: Святой Престол
PS en: Palestine; State of Palestine
PS ru: Палестина; Государство Палестина
PS uz: Falastin
PS uz_Cyrl: Фаластин
PS az: Fələstin
HK en: Hong Kong
HK az: Honq Konq
MO en: Macao; Macau
MO az: Makao
LA en: Lao People's Democratic Republic
SY en: Syrian Arab Republic
IR en: Islamic Republic of Iran
VN en: Viet Nam
TZ en: United Republic of Tanzania
FM en: Federated States of Micronesia
FM ru: Микронезия
BA en: Bosnia-Herzegovina; Bosnia
BA ru: Босния
TT en: Trinidad
PG ru: Папуа-Новая Гвинея
SA uz: Saudiya Arabistoni; Saudiya
- en: South Georgia; New Guinea; New Mexico; New South Wales; New England
- ru: Новая Гвинея; Нью-Мексико; Новый Южный Уэльс; Новая Англия
- uz: Yangi Gvineya
- uz_Cyrl: Янги Гвинея
- az: Yeni Qvineya
"""

# Uzbek Latin writes its two apostrophes (oʻ, gʻ and the tutuq belgisi) many ways.
UZBEK_APOSTROPHES = "\u02bb\u2018\u2019'\u02bc`"


def cldr_names(code: str) -> Iterator[tuple[str, str]]:
    """Yield (language, name) for each language CLDR names the territory in."""
    for language in LANGUAGES:
        name = Locale.parse(language).territories.get(code)
        if name:
            yield language, name


def alternatives() -> dict[tuple[str, str], list[str]]:
    """Parse ALTERNATIVES into {(code, language): names}."""
    table: dict[tuple[str, str], list[str]] = {}
    for line in ALTERNATIVES.replace("\\\n", " ").strip().splitlines():
        head, names = line.split(":", 1)
        code, language = head.split()
        if language not in LANGUAGES:
            raise ValueError(f"unknown language in {line!r}")
        table.setdefault((code, language), []).extend(n.strip() for n in names.split(";"))
    return table


def variants(language: str, name: str) -> list[str]:
    """Return the name and the other spellings a reader types or a text uses for it."""
    names = [name]
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()  # "Myanmar (Burma)", "Гонконг (САР)"
    names.append(base)
    if language == "en":
        names += [n.replace(" & ", " and ") for n in list(names)]
        names += [n.replace("St. ", "Saint ") for n in list(names)]
    elif language == "ru":
        names += [re.sub(r"\bо-ва\b", "острова", re.sub(r"\bо-в\b", "остров", n)) for n in names]
    elif language == "uz":
        for mark in UZBEK_APOSTROPHES[:4]:
            names += [re.sub(f"[{UZBEK_APOSTROPHES}]", mark, n) for n in list(names)]
    elif language == "az":
        names += [n.replace("ə", "e").replace("Ə", "E") for n in list(names)]
    return [n for n in names if "о-в" not in n]


def rows() -> Iterator[tuple[str, str, str]]:
    """Yield the output rows: countries first, then the blocked places."""
    extra = alternatives()
    for code in [*COUNTRIES, "-"]:
        cldr = dict(cldr_names(code)) if code != "-" else {}
        for language in LANGUAGES:
            names = [*variants(language, cldr[language])] if language in cldr else []
            for alternative in extra.pop((code, language), []):
                names += variants(language, alternative)
            if code == "-":
                names += [n for region in BLOCKED_REGIONS for n in blocked(region, language)]
            for name in dict.fromkeys(names):
                yield code, language, name
    if extra:
        raise ValueError(f"alternatives for unknown codes: {sorted(extra)}")


def blocked(region: str, language: str) -> list[str]:
    """Return the spellings of a blocked region's CLDR name in one language."""
    name = Locale.parse(language).territories.get(region)
    return variants(language, name) if name else []


def main() -> int:
    """Write the TSV and report what it holds."""
    missing = [
        (c, lang) for c in COUNTRIES for lang in LANGUAGES if lang not in dict(cldr_names(c))
    ]
    if len(UN_MEMBERS) != 193 or missing:
        raise SystemExit(f"bad country list: {len(UN_MEMBERS)} members, missing {missing}")
    table = list(rows())
    header = [
        "# Generated by tools/build_countries.py from CLDR "
        f"{get_cldr_version()} territory names (Babel {babel.__version__})",
        "# and the script's table of alternative names. Do not edit by hand: change the script",
        "# and run `python tools/build_countries.py` from the project root.",
        "# One row per spelling. The first row of a code and language is its display name.",
        '# Code "-": a place that is not a country but whose name contains one (Latin America).',
        "code\tlanguage\tname",
    ]
    lines = header + ["\t".join(row) for row in table]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    codes = {code for code, _, _ in table if code != "-"}
    print(f"{OUTPUT}: {len(codes)} countries, {len(table)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
