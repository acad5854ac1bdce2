"""Tests for the text-layer judge: real text, no text (scans) and garbage from broken fonts."""
from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import pytest

from indexer.extract.types import TEXT_GARBLED, TEXT_NONE, TEXT_OK
from indexer.textquality import assess_text, garbled_share

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
TREATIES = CORPUS / "treaties"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")

ENGLISH = ("The Parties to this Agreement, recalling the relevant provisions of the United "
           "Nations Convention on the Law of the Sea, including the obligation to protect and "
           "preserve the marine environment, stressing the need to respect the balance of rights, "
           "obligations and interests set out in the Convention. ")
RUSSIAN = ("Участники настоящего Соглашения, ссылаясь на соответствующие положения Конвенции "
           "Организации Объединенных Наций по морскому праву, включая обязательство защищать и "
           "сохранять морскую среду, подчеркивая необходимость соблюдать баланс прав. ")
CHINESE = ("本协定各缔约方，回顾一九八二年十二月十日《联合国海洋法公约》相关规定，包括保护和保全海洋环境的"
           "义务，强调需要尊重《公约》所载之权利、义务和利益的平衡，BBNJ协定的目标是确保养护和可持续利用。")
ARABIC = ("إن الأطراف في هذا الاتفاق، إذ تشير إلى الأحكام ذات الصلة من اتفاقية الأمم المتحدة لقانون "
          "البحار، بما في ذلك الالتزام بحماية البيئة البحرية والحفاظ عليها، وإذ تؤكد ضرورة احترام التوازن. ")
UZBEK = ("Barcha odamlar erkin, qadr-qimmat va huquqlarda teng boʻlib tugʻiladilar. Ular aql va "
         "vijdon sohibidirlar va bir-birlariga birodarlarcha muomala qilishlari zarur. ")
AZERBAIJANI = ("Bütün insanlar ləyaqət və hüquqlarına görə azad və bərabər doğulurlar. Onların "
               "şüuru və vicdanı var və bir-birlərinə qardaşlıq ruhunda münasibət göstərməlidirlər. ")
JAPANESE = "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。人間は、理性とPCを授けられている。"
KOREAN = "모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다. 大韓民國의 憲法은 인간의 존엄을 보장한다."
GREEK = "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα. "


def shifted_cyrillic(text: str) -> str:
    """What the Russian BBNJ PDF extracts as: Cyrillic moved down by 0x1D6, spaces as \\x03."""
    return "".join(chr(ord(c) - 0x1D6) if "\u0410" <= c <= "\u044f" else
                   "\x03" if c == " " else c for c in text)


def pages_of(text: str, count: int) -> list[str]:
    """count pages, each a few paragraphs of text."""
    return [text * 4 for _ in range(count)]


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN, CHINESE, ARABIC, UZBEK, AZERBAIJANI,
                                  JAPANESE, KOREAN, GREEK])
def test_real_text_in_many_scripts_is_ok(text: str) -> None:
    assert garbled_share(text) == 0.0
    assert assess_text(pages_of(text, 3)) == TEXT_OK


def test_no_pages_or_blank_pages_are_no_text() -> None:
    assert assess_text([]) == TEXT_NONE
    assert assess_text(["", " \n", "\n\n"]) == TEXT_NONE


def test_a_word_or_two_per_page_is_no_text() -> None:
    # A scan with a stamp, page numbers or a running header: under 20 letters a page.
    assert assess_text([f"Potato {n}\n- {n} -" for n in range(30)]) == TEXT_NONE


def test_mostly_scanned_pages_with_some_text_pages_is_ok() -> None:
    assert assess_text(["", "", ENGLISH * 3, "", ""]) == TEXT_OK


def test_shifted_cyrillic_like_the_russian_bbnj_pdf_is_garbled() -> None:
    garbage = shifted_cyrillic(RUSSIAN)
    assert "ɋɈȽɅȺɒȿɇɂȿ" == shifted_cyrillic("СОГЛАШЕНИЕ")
    assert garbled_share(garbage) > 0.9
    assert assess_text(pages_of(garbage, 5)) == TEXT_GARBLED


def test_shifted_cyrillic_with_real_spaces_is_still_garbled() -> None:
    garbage = shifted_cyrillic(RUSSIAN).replace("\x03", " ")
    assert garbled_share(garbage) > 0.8
    assert assess_text(pages_of(garbage, 5)) == TEXT_GARBLED


def test_control_characters_private_use_and_replacement_chars_are_garbage() -> None:
    assert garbled_share("'(6\x031$7,216\x0381,(6") == 1.0
    assert garbled_share("\ue041\ue042\ue043 \ue044\ue045") == 1.0
    assert garbled_share("Agr\ufffd\ufffdment und\ufffdr") == 1.0


def test_symbol_font_bullets_in_private_use_are_not_garbage() -> None:
    # Word maps Symbol-font bullets to U+F0B7; real documents are full of them.
    page = "\n".join(f"\uf0b7 {ENGLISH}" for _ in range(10))
    assert garbled_share(page) == 0.0


def test_scripts_mixed_inside_words_are_garbage() -> None:
    # From the Chinese and Arabic BBNJ PDFs: CJK with Greek/Thaana/Hangul/Canadian syllabics,
    # Arabic with IPA letters and Devanagari.
    assert garbled_share("᱗㑋⼰⺛⼄䂔ⳉ⹌䊝᱘㻣⺛コ ᡶᴿളᇬⲺ〇ᆜᇬθ⢯ࡡᱥਇኋѣളᇬ") == 1.0
    assert garbled_share("اﻷﻤʤ اﻟʸʯʲʗة ﻟﻘﺎﻨʦن اﻟॺʲﺎر") > 0.7


def test_symbols_standing_for_letters_are_garbage_but_urls_and_numbers_are_not() -> None:
    # From the headings of the French BBNJ PDF.
    assert garbled_share("DIVERSITE %IOLO*I4UE TEC+NOLO*IES") > 0.5
    assert garbled_share("see https://www.un.org/bbnj?a=b+c, 10% of 5*3 and info@un.org") == 0.0


def test_a_few_homoglyph_slips_leave_russian_text_ok() -> None:
    # Real Russian newspapers mix Latin letters into Cyrillic words now and then ("CША").
    text = RUSSIAN * 20 + " CША Oна ХХI "
    assert 0 < garbled_share(text) < 0.02
    assert assess_text(pages_of(text, 3)) == TEXT_OK


def test_one_fully_garbled_page_marks_the_document_garbled() -> None:
    # The French BBNJ PDF: a garbage title page; the rest reads well except a few headings.
    pages = [shifted_cyrillic(RUSSIAN) * 3] + pages_of(ENGLISH, 40)
    assert assess_text(pages) == TEXT_GARBLED


def test_digits_and_punctuation_only_do_not_count() -> None:
    assert garbled_share("12 . . . . . 34\n- 5 -\n2023") == 0.0


def _random_pages(alphabets: list[str], pages: int = 200) -> list[str]:
    """pages pages of 450 words each, drawn from 20,000 distinct one-alphabet words."""
    rng = random.Random(7)
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 11)))
             for letters in alphabets for _ in range(20000 // len(alphabets))]
    return [" ".join(rng.choice(words) for _ in range(450)) for _ in range(pages)]


@pytest.mark.parametrize("alphabets, expected", [
    (["abcdefghijklmnopqrstuvwxyz", "абвгдежзиклмнопрстуфхцчшщыэюя"], TEXT_OK),
    (["αβγδεζηθικλμνξοπρστυφχψω", "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年"], TEXT_OK),
    ([shifted_cyrillic("абвгдежзиклмнопрстуфхцчшщыэюя")], TEXT_GARBLED),  # the slow path
])
def test_two_hundred_pages_are_judged_in_well_under_50_ms(alphabets: list[str],
                                                          expected: str) -> None:
    pages = _random_pages(alphabets)
    assert assess_text(pages) == expected
    assert min(_timed(assess_text, pages) for _ in range(5)) < 0.05


def test_one_huge_page_is_sampled_too() -> None:
    page = " ".join(_random_pages(["abcdefghijklmnopqrstuvwxyz"], pages=8))  # about 2 MB
    assert assess_text([page]) == TEXT_OK
    assert min(_timed(assess_text, [page]) for _ in range(5)) < 0.05


def _timed(function: object, *args: object) -> float:
    start = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - start


# --- the real corpus -------------------------------------------------------------------

def _pdf_pages(path: Path) -> list[str]:
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    with pymupdf.open(path) as doc:
        return [page.get_text("text") for page in doc]


GARBLED_PDFS = ["bbnj-agreement-2023-ru", "bbnj-agreement-2023-fr", "bbnj-agreement-2023-zh",
                "bbnj-agreement-2023-ar"]
GOOD_PDFS = ["bbnj-agreement-2023-en", "bbnj-agreement-2023-es", "unclos-1982-en",
             "agreement-partxi-1994-en", "fish-stocks-agreement-1995-en", "A-RES-77-321-en",
             "A-RES-78-272-en", "A-RES-79-271-en", "A-RES-80-107-en", "A-DEC-78-560-en",
             "bbnj-prepcom-report-2026-3_2026-04-02-en",
             "bbnj-prepcom-report-2026-3_2026-05-04-en"]


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name", GARBLED_PDFS)
def test_broken_bbnj_text_layers_are_garbled(name: str) -> None:
    assert assess_text(_pdf_pages(TREATIES / "pdf" / f"{name}.pdf")) == TEXT_GARBLED


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name", GOOD_PDFS)
def test_clean_treaty_pdfs_are_ok(name: str) -> None:
    pages = _pdf_pages(TREATIES / "pdf" / f"{name}.pdf")
    assert assess_text(pages) == TEXT_OK
    assert garbled_share("\n".join(pages)) < 0.001


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name", GARBLED_PDFS + GOOD_PDFS)
def test_gold_text_of_every_treaty_is_ok(name: str) -> None:
    # The decoded/OCR'd correct text (Russian, Chinese, Arabic, French...) must pass.
    gold = (TREATIES / "gold_text" / f"{name}.txt").read_text(encoding="utf-8")
    assert assess_text(gold.split("\f")) == TEXT_OK
    assert garbled_share(gold) < 0.001


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name, expected", [
    ("1947-10-08_Sixth_Commitee_Letter", TEXT_NONE),
    ("1971-10-25_GA_Resolution_2758_ru", TEXT_NONE),
    ("1991-12-24_Yeltsin_to_UN_SG_ru", TEXT_NONE),
    ("1991-12-30_Buravkin_to_UN", TEXT_NONE),
    ("1971-09-29_A_L.632-EN", TEXT_OK),  # a scan with an Acrobat OCR layer: real words
])
def test_scans_have_no_text_unless_they_carry_an_ocr_layer(name: str, expected: str) -> None:
    assert assess_text(_pdf_pages(TREATIES / "scanned" / f"{name}.pdf")) == expected


@needs_corpus
@pytest.mark.corpus
def test_russian_newspaper_articles_are_ok() -> None:
    path = CORPUS / "articles" / "text" / "ru_ng" / "ng_0.jsonlines"
    with path.open(encoding="utf-8") as handle:
        lines = [line for _, line in zip(range(300), handle)]
    texts = [" ".join(str(v) for v in json.loads(line).values()) for line in lines]
    assert max(garbled_share(text) for text in texts) < 0.02
    assert all(assess_text([text]) == TEXT_OK for text in texts if len(text) > 200)


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name", ["udhr_eng", "udhr_rus", "udhr_uzn_latn", "udhr_azj_latn"])
def test_udhr_in_four_languages_is_ok(name: str) -> None:
    xml = (TREATIES / "udhr_xml" / f"{name}.xml").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", xml)
    assert garbled_share(text) == 0.0
    assert assess_text([text]) == TEXT_OK
