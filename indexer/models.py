"""SQLAlchemy models: the archive's source of truth."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column, relationship


def new_uuid() -> str:
    """A fresh random UUID as text: the identity records keep across archives."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time in UTC (naive, as SQLite stores it)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base of every Dossier table."""


document_tags = Table(
    "document_tags",
    Base.metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Document(Base):
    """One imported file and what was read from it."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))  # ISO, as precise as known
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    # Where published came from: "text:p12" (page 12 of its text), "file" (its file name),
    # "metadata" (the file's date field), "user", "none" (none found); None: dated before
    # schema 4, where it came from is unknown.
    date_source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    checksum: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(Text)
    original_path: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    text_status: Mapped[str] = mapped_column(String(16), default="ok", index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # False until the Whoosh index holds this document's current state.
    indexed: Mapped[bool] = mapped_column(default=False, index=True)

    pages: Mapped[list[Page]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Page.number"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=document_tags, back_populates="documents")
    notes: Mapped[list[Note]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Note.created_at"
    )
    annotations: Mapped[list[Annotation]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )


class Page(Base):
    """The extracted text of one page (a flowing document has one page)."""

    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)  # 1-based
    text: Mapped[str] = mapped_column(Text, default="")
    # Set only for pages of documents that mix languages; otherwise the document's applies.
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # Where the text came from when not from the file's own layer: "ocr" or "repair".
    text_source: Mapped[str | None] = mapped_column(String(8), nullable=True)
    ocr_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)  # 0-100
    # Word boxes of recovered text, [[x0, y0, x1, y1, word, block, line], ...] in PDF points;
    # loaded only when asked for (a page of words is ~10 kB).
    words: Mapped[list[list[Any]] | None] = deferred(mapped_column(JSON, nullable=True))

    document: Mapped[Document] = relationship(back_populates="pages")


class Tag(Base):
    """A hierarchical tag: its name is the full path, e.g. "Region/Central Asia"."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    color: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    documents: Mapped[list[Document]] = relationship(
        secondary=document_tags, back_populates="tags"
    )


class Note(Base):
    """A Markdown note attached to a document."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Who wrote it (a team archive records the desk's user), and how many times it was
    # saved: an update based on an older version is refused (NoteConflict), never lost.
    author: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    document: Mapped[Document] = relationship(back_populates="notes")

    __mapper_args__ = {"version_id_col": version}


collection_documents = Table(
    "collection_documents",
    Base.metadata,
    Column("collection_id", ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, default=0),
)


class Collection(Base):
    """A named, ordered set of documents (a briefing pack)."""

    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    documents: Mapped[list[Document]] = relationship(secondary=collection_documents)


class SavedSearch(Base):
    """A named query, re-run on demand (a live collection)."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    query: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Annotation(Base):
    """A mark on a document, anchored by position and by quoted text (W3C selectors)."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="highlight")  # highlight|underline|strike|note
    page: Mapped[int | None] = mapped_column(Integer)  # 1-based
    rects: Mapped[list[list[float]]] = mapped_column(JSON, default=list)  # [[x0,y0,x1,y1], ...]
    quote: Mapped[str] = mapped_column(Text, default="")  # TextQuoteSelector.exact
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int | None] = mapped_column(Integer)  # TextPositionSelector, in page text
    end: Mapped[int | None] = mapped_column(Integer)
    color: Mapped[str] = mapped_column(String(16), default="#ffd400")
    comment: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(Text)
    orphaned: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship(back_populates="annotations")


class ImportFailure(Base):
    """A file an import could not take (locked or damaged), kept to be retried or forgotten."""

    __tablename__ = "import_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    reason: Mapped[str] = mapped_column(String(16))  # "password" | "damaged"
    message: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # bytes, when known
    failed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SchemaInfo(Base):
    """One row: the schema version this database was migrated to."""

    __tablename__ = "schema_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
