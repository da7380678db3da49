"""What a column of a registration list can mean: the import fields and their translatable labels."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from checkin.i18n import QT_TRANSLATE_NOOP, translate


class Field(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    ORGANISATION = "organisation"
    POSITION = "position"
    CITY = "city"
    COUNTRY = "country"
    CATEGORY = "category"
    EMAIL = "email"
    BADGE_LANGUAGE = "badge_language"
    STATUS = "status"
    PAID = "paid"
    SOURCE_ID = "source_id"
    ORDER_CODE = "order_code"
    TICKET_CODE = "ticket_code"
    PRODUCT = "product"
    VARIATION = "variation"
    POSITION_ID = "position_id"
    ADDON_TO = "addon_to"
    BUYER_EMAIL = "buyer_email"
    NOTES = "notes"
    SESSION_MARK = "session_mark"
    SESSION_LIST = "session_list"
    IGNORE = "ignore"


@dataclass(frozen=True)
class FieldInfo:
    field: Field
    label: str  # English source text; shown through translate("ImportField", label)
    hint: str

    @property
    def display_label(self) -> str:
        return translate("ImportField", self.label)

    @property
    def display_hint(self) -> str:
        return translate("ImportField", self.hint)


# In the order the mapping dialog offers them.
FIELDS: tuple[FieldInfo, ...] = (
    FieldInfo(Field.FIRST_NAME, QT_TRANSLATE_NOOP("ImportField", "Given name"),
              QT_TRANSLATE_NOOP("ImportField", "First name(s), as the person spells them")),
    FieldInfo(Field.LAST_NAME, QT_TRANSLATE_NOOP("ImportField", "Family name"),
              QT_TRANSLATE_NOOP("ImportField", "Surname, as the person spells it")),
    FieldInfo(Field.FULL_NAME, QT_TRANSLATE_NOOP("ImportField", "Full name"),
              QT_TRANSLATE_NOOP("ImportField", "Both names in one column; split into given and family name")),
    FieldInfo(Field.ORGANISATION, QT_TRANSLATE_NOOP("ImportField", "Organisation"),
              QT_TRANSLATE_NOOP("ImportField", "City, authority, company or institution")),
    FieldInfo(Field.POSITION, QT_TRANSLATE_NOOP("ImportField", "Position"),
              QT_TRANSLATE_NOOP("ImportField", "Job title or function")),
    FieldInfo(Field.CITY, QT_TRANSLATE_NOOP("ImportField", "City"),
              QT_TRANSLATE_NOOP("ImportField", "City or municipality")),
    FieldInfo(Field.COUNTRY, QT_TRANSLATE_NOOP("ImportField", "Country"),
              QT_TRANSLATE_NOOP("ImportField", "Country name in any language, or its two-letter code")),
    FieldInfo(Field.CATEGORY, QT_TRANSLATE_NOOP("ImportField", "Category"),
              QT_TRANSLATE_NOOP("ImportField", "Participant type, such as Speaker or Member city")),
    FieldInfo(Field.EMAIL, QT_TRANSLATE_NOOP("ImportField", "Email"),
              QT_TRANSLATE_NOOP("ImportField", "Email address")),
    FieldInfo(Field.BADGE_LANGUAGE, QT_TRANSLATE_NOOP("ImportField", "Badge language"),
              QT_TRANSLATE_NOOP("ImportField", "Language name or code (en, fr…)")),
    FieldInfo(Field.STATUS, QT_TRANSLATE_NOOP("ImportField", "Registration status"),
              QT_TRANSLATE_NOOP("ImportField", "Complete, pending, cancelled, withdrawn…")),
    FieldInfo(Field.PAID, QT_TRANSLATE_NOOP("ImportField", "Paid (yes/no)"),
              QT_TRANSLATE_NOOP("ImportField", "Unpaid registrations are imported as pending")),
    FieldInfo(Field.SOURCE_ID, QT_TRANSLATE_NOOP("ImportField", "Registration ID"),
              QT_TRANSLATE_NOOP("ImportField", "The registration system's id for the person")),
    FieldInfo(Field.ORDER_CODE, QT_TRANSLATE_NOOP("ImportField", "Order code"),
              QT_TRANSLATE_NOOP("ImportField", "Rows with the same order code and name are one person")),
    FieldInfo(Field.TICKET_CODE, QT_TRANSLATE_NOOP("ImportField", "Ticket code"),
              QT_TRANSLATE_NOOP("ImportField", "Ticket secret or barcode the desk can scan")),
    FieldInfo(Field.PRODUCT, QT_TRANSLATE_NOOP("ImportField", "Product"),
              QT_TRANSLATE_NOOP("ImportField", "Ticket type: gives the category, or a session for workshop and visit add-ons")),
    FieldInfo(Field.VARIATION, QT_TRANSLATE_NOOP("ImportField", "Product variation"),
              QT_TRANSLATE_NOOP("ImportField", "pretix's variation of the product: a ticket's category, or part of a workshop's title")),
    FieldInfo(Field.POSITION_ID, QT_TRANSLATE_NOOP("ImportField", "Position ID"),
              QT_TRANSLATE_NOOP("ImportField", "The ticket's number within its order, which add-ons refer to")),
    FieldInfo(Field.ADDON_TO, QT_TRANSLATE_NOOP("ImportField", "Add-on to position"),
              QT_TRANSLATE_NOOP("ImportField", "The ticket an add-on belongs to: its workshop or visit goes to that ticket's holder")),
    FieldInfo(Field.BUYER_EMAIL, QT_TRANSLATE_NOOP("ImportField", "Buyer's email"),
              QT_TRANSLATE_NOOP("ImportField", "The order's email: used, and noted as the buyer's, only for people without their own")),
    FieldInfo(Field.NOTES, QT_TRANSLATE_NOOP("ImportField", "Notes"),
              QT_TRANSLATE_NOOP("ImportField", "Comments and special needs, shown at the desk")),
    FieldInfo(Field.SESSION_MARK, QT_TRANSLATE_NOOP("ImportField", "Session (marked with X)"),
              QT_TRANSLATE_NOOP("ImportField", "One session; a mark such as X, yes or 1 registers the person")),
    FieldInfo(Field.SESSION_LIST, QT_TRANSLATE_NOOP("ImportField", "Sessions (listed by name)"),
              QT_TRANSLATE_NOOP("ImportField", "Session names, separated by ; or , or line breaks")),
    FieldInfo(Field.IGNORE, QT_TRANSLATE_NOOP("ImportField", "Do not import"),
              QT_TRANSLATE_NOOP("ImportField", "The column is left out")),
)

FIELD_INFO: dict[Field, FieldInfo] = {info.field: info for info in FIELDS}

NAME_FIELDS = frozenset({Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME})
SESSION_FIELDS = frozenset({Field.SESSION_MARK, Field.SESSION_LIST})


def field_label(field: Field) -> str:
    """The field's name in the interface language."""
    return FIELD_INFO[field].display_label
