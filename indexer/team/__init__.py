"""The team archive: one PostgreSQL database and a shared folder of originals, each desk with
its own search index kept in step through a change log, and a queue for working offline."""
