"""Storage: SQLAlchemy tables, the event database and its migrations, repositories of plain objects."""
