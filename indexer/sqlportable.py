"""SQL that reads the same on SQLite and PostgreSQL where their spellings differ."""
from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class json_values(FunctionElement[Any]):  # noqa: N801 - used like func.something
    """The elements of a JSON array as a table with one column, "value" (integers as text
    on PostgreSQL: compare them with CAST)."""

    inherit_cache = True
    name = "json_values"


@compiles(json_values)
def _json_each(element: json_values, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(json_values, "postgresql")
def _json_array_elements(element: json_values, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_array_elements_text(CAST({compiler.process(element.clauses, **kw)} AS JSON))"
