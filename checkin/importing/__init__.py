"""Reading registration lists (CSV, XLSX from pretix, Indico or by hand) into people and sessions.

The mapping dialog and the command line use the same four steps:

    table = read_table(path, sheet=None)        # header found, a preview via table.preview()
    mapping = detect_mapping(table)             # profile, per-column roles, confidence
    mapping = mapping.with_role(3, suggested_role(Field.CITY, table.headers[3]))  # the user's corrections
    batch = apply_mapping(table.head(20), mapping)   # person records and problem rows, for a preview

and ``checkin.services.importing.import_table(db, table, mapping)`` merges a table into the event.
"""
from checkin.importing.detect import detect_mapping, suggested_role
from checkin.importing.fields import FIELDS, Field, FieldInfo, field_label
from checkin.importing.mapping import ColumnMapping, ColumnRole, load_mapping, save_mapping
from checkin.importing.reader import read_table
from checkin.importing.records import apply_mapping
from checkin.importing.batch import ImportBatch, PersonRecord, SessionSpec
from checkin.importing.summary import ImportCancelled, ImportSummary, MissingPerson, Problem
from checkin.importing.table import SourceTable

__all__ = [
    "FIELDS",
    "ColumnMapping",
    "ColumnRole",
    "Field",
    "FieldInfo",
    "ImportBatch",
    "ImportCancelled",
    "ImportSummary",
    "MissingPerson",
    "PersonRecord",
    "Problem",
    "SessionSpec",
    "SourceTable",
    "apply_mapping",
    "detect_mapping",
    "field_label",
    "load_mapping",
    "read_table",
    "save_mapping",
    "suggested_role",
]
