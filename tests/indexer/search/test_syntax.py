"""The query language: every string gets a tree or one sentence, punctuation is not a word."""
from __future__ import annotations

import pytest

from indexer.errors import QueryError
from indexer.search.syntax import MAX_UNITS, Group, Not, Phrase, Range, Word, parse

PUNCTUATION = list(". ; : ! - — & \\ | { } ' « » ~ ^ + = … – ‘ ’ “ ” ʻ ʼ # @ $ % _".split()) + [
    "\u200b"]


@pytest.mark.parametrize("token", PUNCTUATION)
def test_punctuation_alone_adds_nothing(token: str) -> None:
    assert parse(f"economy {token} growth").tree == parse("economy growth").tree


@pytest.mark.parametrize("query", ["*", "**", "?", "~~", "~", "^", "- +", ". ;", "NOT"])
def test_nothing_to_search_for_is_a_sentence(query: str) -> None:
    with pytest.raises(QueryError, match="nothing to search for"):
        parse(query)


@pytest.mark.parametrize("query", ["economy *", "economy ?", "economy ~~", '"" economy'])
def test_empty_parts_next_to_a_word_are_dropped(query: str) -> None:
    assert parse(query).tree == Word("economy")


def test_words_joined_by_punctuation_are_a_phrase() -> None:
    assert parse("Q&A").tree == Phrase(["Q", "A"])
    assert parse("non-governmental").tree == Phrase(["non", "governmental"])


def test_fuzzy_edits_are_capped() -> None:
    assert parse("economy~99").tree == Word("economy", edits=2)
    assert parse("economy~").tree == Word("economy", edits=1)


def test_prefix_and_patterns() -> None:
    assert parse("negotiat*").tree == Word("negotiat", prefix=True)
    assert parse("wom?n").tree == Word("wom?n", pattern=True)
    with pytest.raises(QueryError, match="wildcard needs at least one letter"):
        parse("*conomy")


@pytest.mark.parametrize(("query", "message"), [
    ("Title:[a TO z]", "Ranges work on date: and year: only"),
    ("year:[2020 TO soon]", "not a date"),
    ('"unclosed phrase', "quotation mark"),
    ("(treaty OR", "parenthesis"),
    ("treaty)", "parenthesis"),
    ("titel:treaty", "There is no field “titel”"),
    ("tag:", "after the colon"),
    ("(" * 40 + "x" + ")" * 40, "nests brackets"),
])
def test_malformed_queries_get_one_sentence(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(query)


def test_a_huge_query_is_cut_with_a_notice() -> None:
    parsed = parse("economy " * 2000)
    assert parsed.notice is not None
    assert isinstance(parsed.tree, Group) and len(parsed.tree.children) <= MAX_UNITS


def test_fields_ranges_and_operators() -> None:
    tree = parse('title:convention year:[2020 TO 2023] (sea OR ocean) -draft').tree
    assert tree == Group("and", [
        Word("convention", "title"), Range("year", "2020", "2023"),
        Group("or", [Word("sea"), Word("ocean")]), Not(Word("draft"))], implicit=True)


def test_explicit_or_binds_tighter_than_words_side_by_side() -> None:
    tree = parse("pipeline OR dams tag:energy").tree
    assert tree == Group("and", [Group("or", [Word("pipeline"), Word("dams")]),
                                 Word("energy", "tags")], implicit=True)


def test_a_word_followed_by_a_colon_and_space_is_a_word() -> None:
    assert parse("Re: pipeline").tree == Group("and", [Word("Re"), Word("pipeline")],
                                               implicit=True)
