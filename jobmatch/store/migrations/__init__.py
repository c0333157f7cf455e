"""Alembic migrations of the follow-up log, shipped inside the package (``jobmatch db upgrade``)."""
