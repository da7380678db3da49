"""Run inside pretix's virtual environment (see make_exports.py): an event made with pretix's own
models and services, and every export the desk reads written by pretix's own exporters.

Usage: python pretix_event.py OUT_DIR SEED  (PRETIX_CONFIG_FILE and DJANGO_SETTINGS_MODULE set)

The event: a conference ticket with variations (its category at the desk), workshop and site-visit
add-on products in add-on categories, attendee names in given/family parts with diacritics,
attendee emails that differ from the buyer's, or are missing; invoice names that are the buyer's,
not the attendee's; phone numbers (which pretix's CSV writer protects with a leading '); a company
name starting with "="; random ticket secrets for the first orders, then signed pretix_sig1 ones
(the event switches its secret generator, as an organiser may). Exports are written, then orders and
positions are cancelled with pretix's services and the exports are written again (v2).

What was made is written to OUT_DIR/truth.json, read back from pretix's models.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import django

django.setup()

from django.db import transaction  # noqa: E402
from django.utils import translation  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402
from i18nfield.strings import LazyI18nString  # noqa: E402

from pretix.base.models import (  # noqa: E402
    CheckinList, Event, InvoiceAddress, Item, ItemAddOn, ItemCategory, ItemVariation, Order,
    OrderPosition, Organizer,
)
from pretix.base.exporters.orderlist import OrderListExporter  # noqa: E402
from pretix.base.services.orders import OrderChangeManager, cancel_order  # noqa: E402
from pretix.plugins.checkinlists.exporters import (  # noqa: E402
    CheckinLogList, CSVCheckinCodeList, CSVCheckinList,
)

LANGUAGES = ("en", "fr", "de", "nl", "es", "it")
ORDERS = 64
RANDOM_SECRET_ORDERS = 32  # the first orders get random secrets, the rest signed ones

VARIATIONS = ("Full conference", "Day pass", "Speaker")
WORKSHOPS = (
    "Workshop A: Night-time economy",
    "Workshop B: Safer streets by design",
    "Workshop C: Économie de la nuit et sécurité",
)
SITE_VISITS = (
    "Site visit: Video surveillance centre",
    "Site visit: Port of Antwerp control room",
)
GIVEN = (
    "María", "José", "Agnès", "Søren", "Dariusz", "Zoë", "Łukasz", "Eleni", "Ana", "Jürgen", "Chloé",
    "Ioana", "Mateo", "Siobhán", "Oğuz", "Pieter", "Giulia", "Hélène", "Václav", "Nuño",
)
FAMILY = (
    "Muñoz", "Śliwiński", "Lefort", "Müller-Lüdenscheidt", "van der Berg", "O'Brien", "Hrušovská",
    "Fernández García", "Κωνσταντίνου", "Ďurica", "Dubois", "Rossi", "De Smet", "Nowak", "Yılmaz",
    "Ó Súilleabháin", "Janssens", "Moreau", "Popescu", "Ruiz",
)
ORGANISATIONS = (
    "Ville de Lille", "Urząd Miasta Gdańsk", "Stad Gent", "Comune di Bologna", "Ayuntamiento de Bilbao",
    "Stadt Köln", "=Égalité Lab", "European Forum for Urban Security",
)


def _name(given: str, family: str) -> dict:
    return {"_scheme": "given_family", "given_name": given, "family_name": family}


def make_event(rng: random.Random):
    organizer = Organizer.objects.create(name="Urban Safety Forum", slug="usf")
    event = Event.objects.create(
        organizer=organizer, name=LazyI18nString({"en": "Security, Democracy and Cities 2025"}),
        slug="sdc2025", currency="EUR", live=True,
        date_from=datetime(2025, 11, 19, 9, 0, tzinfo=timezone.utc),
        date_to=datetime(2025, 11, 21, 17, 0, tzinfo=timezone.utc),
        plugins="pretix.plugins.checkinlists,pretix.plugins.banktransfer",
    )
    event.settings.name_scheme = "given_family"
    event.settings.locales = list(LANGUAGES)
    event.settings.timezone = "Europe/Brussels"
    event.settings.ticket_secret_generator = "random"

    tickets = ItemCategory.objects.create(event=event, name="Tickets", position=0)
    workshop_category = ItemCategory.objects.create(event=event, name="Workshops", is_addon=True, position=1)
    visit_category = ItemCategory.objects.create(event=event, name="Site visits", is_addon=True, position=2)
    ticket = Item.objects.create(
        event=event, category=tickets, name="Conference ticket", default_price=Decimal("250.00"),
        admission=True, personalized=True,
    )
    variations = {
        value: ItemVariation.objects.create(item=ticket, value=value, default_price=price, position=i)
        for i, (value, price) in enumerate(zip(VARIATIONS, (Decimal("250.00"), Decimal("120.00"), Decimal("0.00"))))
    }
    addons = {}
    for category, titles, price in ((workshop_category, WORKSHOPS, "30.00"), (visit_category, SITE_VISITS, "15.00")):
        for i, title in enumerate(titles):
            addons[title] = Item.objects.create(
                event=event, category=category, name=title, default_price=Decimal(price), admission=True,
                personalized=False, position=i,
            )
        ItemAddOn.objects.create(base_item=ticket, addon_category=category, min_count=0, max_count=2)
    checkin_list = CheckinList.objects.create(event=event, name="Entrance", all_products=True, include_pending=True)
    return organizer, event, ticket, variations, addons, checkin_list


def make_orders(rng: random.Random, organizer, event, ticket, variations, addons) -> None:
    channel = organizer.sales_channels.get(identifier="web")
    start = datetime(2025, 9, 1, 8, 0, tzinfo=timezone.utc)
    used: set[tuple[str, str]] = set()
    for number in range(ORDERS):
        if number == RANDOM_SECRET_ORDERS:
            event.settings.ticket_secret_generator = "pretix_sig1"  # the organiser switches to signed tickets
        attendees = 1 if rng.random() < 0.7 else rng.choice((2, 3))
        organisation = rng.choice(ORGANISATIONS)
        people = []
        while len(people) < attendees:
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            if (given, family) not in used:
                used.add((given, family))
                people.append((given, family))
        office = attendees > 1 or rng.random() < 0.2  # a city's events office books for its staff
        slug = organisation.lstrip("=").split()[-1].lower()
        buyer = f"events@{slug}.example" if office else f"{_mail_name(*people[0])}@{slug}.example"
        status = Order.STATUS_PENDING if number % 17 == 5 else Order.STATUS_PAID
        with transaction.atomic():  # pretix wants an order's transactions written with it
            _make_order(rng, event, channel, number, status, buyer, office, organisation, people, start,
                        ticket, variations, addons)


def _make_order(rng, event, channel, number, status, buyer, office, organisation, people, start, ticket,
                variations, addons) -> None:
    order = Order.objects.create(
        event=event, status=status, email=buyer, locale=rng.choice(LANGUAGES),
        datetime=start + timedelta(hours=7 * number), expires=start + timedelta(days=60),
        total=Decimal("0.00"), sales_channel=channel, phone=f"+3225550{100 + number}",
    )
    buyer_name = ("Nadia", "Bouzid") if office else people[0]
    InvoiceAddress.objects.create(order=order, company=organisation, name_parts=_name(*buyer_name))
    position_id, total = 0, Decimal("0.00")
    for given, family in people:
        roll = rng.random()
        email = "" if roll < 0.3 else f"{_mail_name(given, family)}@mail.example"
        if not office and email and roll < 0.6:
            email = buyer  # the buyer wrote their own address again
        variation = variations[rng.choices(VARIATIONS, weights=(6, 3, 1))[0]]
        position_id += 1
        holder = OrderPosition.objects.create(
            order=order, item=ticket, variation=variation, price=variation.default_price,
            attendee_name_parts=_name(given, family), attendee_email=email or None,
            positionid=position_id, company=organisation if rng.random() < 0.5 else None,
        )
        total += holder.price
        chosen = rng.sample(WORKSHOPS, rng.choice((0, 1, 1, 2))) + rng.sample(SITE_VISITS, rng.choice((0, 0, 1)))
        for title in chosen:
            position_id += 1
            addon = OrderPosition.objects.create(
                order=order, item=addons[title], price=addons[title].default_price, addon_to=holder,
                positionid=position_id,
            )
            total += addon.price
    order.total = total
    order.save()
    order.create_transactions()


def _mail_name(given: str, family: str) -> str:
    import unicodedata
    text = unicodedata.normalize("NFKD", f"{given}.{family}".lower())
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c == ".")) or "person"


CHECKIN_FORMATS = ("semicolon", "xlsx", "default", "csv-excel")
ORDER_FORMATS = ("positions:semicolon", "xlsx", "positions:default", "positions:excel")


def write(exporter, form_data: dict, path: Path) -> None:
    _name_, _type, data = exporter.render(form_data)
    path.write_bytes(data)


def write_exports(organizer, event, checkin_list, out: Path, languages, formats_checkin, formats_orders) -> None:
    """Every format in the first language, the formats a desk in that country would choose in the others."""
    out.mkdir(parents=True, exist_ok=True)
    for number, lang in enumerate(languages):
        with translation.override(lang):
            for fmt in formats_checkin[:None if number == 0 else 2]:
                suffix = "xlsx" if fmt == "xlsx" else "csv"
                write(CSVCheckinList(event, organizer), {
                    "_format": fmt, "list": checkin_list.pk, "secrets": True, "sort": "name", "questions": [],
                    "status": "", "attention_only": False,
                }, out / f"checkin_list_{lang}_{fmt}.{suffix}")
            for fmt in formats_orders[:None if number == 0 else 2]:
                suffix = "xlsx" if fmt == "xlsx" else "csv"
                write(OrderListExporter(event, organizer), {
                    "_format": fmt, "paid_only": False, "include_payment_amounts": False,
                    "group_multiple_choice": False, "items": [], "date_range": None,
                }, out / f"order_data_{lang}_{fmt.replace(':', '_')}.{suffix}")


def write_other_exports(organizer, event, checkin_list, out: Path) -> None:
    """Exports that are neither a check-in list nor order positions: the desk must say what they are."""
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "fr", "de"):
        with translation.override(lang):
            write(CSVCheckinCodeList(event, organizer), {"_format": "default", "list": checkin_list.pk},
                  out / f"valid_codes_{lang}.csv")
            for sheet in ("orders", "fees"):
                write(OrderListExporter(event, organizer), {
                    "_format": f"{sheet}:default", "paid_only": False, "include_payment_amounts": False,
                    "group_multiple_choice": False, "items": [], "date_range": None,
                }, out / f"order_data_{lang}_{sheet}.csv")
            write(CheckinLogList(event, organizer), {"_format": "default", "list": checkin_list.pk, "items": []},
                  out / f"checkin_log_{lang}.csv")


# The interface languages whose words the desk learns: pretix's European languages.
VOCABULARY_LANGUAGES = (
    "en", "fr", "de", "de-informal", "nl", "nl-informal", "es", "it", "pt-pt", "pt-br", "ca", "da", "sv",
    "fi", "pl", "cs", "sk", "sl", "ro", "lv", "et", "lt", "hu", "hr", "nb-no",
)
NAME_PARTS = {
    "given": ("Given name", "First name", "Middle name", "Calling name"),
    "family": ("Family name",),
    "other": ("Title", "Salutation", "Latin transcription", "Name", "Full name", "Degree (after name)"),
}


def header_row(exporter, form_data: dict, sheet: str | None = None) -> list[str]:
    rows = exporter.iterate_sheet(form_data, sheet) if sheet else exporter.iterate_list(form_data)
    return [str(cell) for cell in next(iter(rows))]


def vocabulary(organizer, event, checkin_list) -> dict:
    """pretix's own words, as its exporters write them, in every language it ships for Europe."""
    from django.utils.translation import gettext, pgettext
    from pretix.base.models import Order as _Order

    order_form = {"paid_only": False, "include_payment_amounts": False, "group_multiple_choice": False,
                  "items": [], "date_range": None}
    checkin_form = {"list": checkin_list.pk, "secrets": True, "sort": "name", "questions": [], "status": "",
                    "attention_only": False}
    words: dict = {"exports": {}, "statuses": {}, "name_parts": {}, "yes": [], "no": []}
    for lang in VOCABULARY_LANGUAGES:
        with translation.override(lang):
            exports = {
                "checkin_list": header_row(CSVCheckinList(event, organizer), checkin_form),
                "order_positions": header_row(OrderListExporter(event, organizer), order_form, "positions"),
                "orders": header_row(OrderListExporter(event, organizer), order_form, "orders"),
                "order_fees": header_row(OrderListExporter(event, organizer), order_form, "fees"),
                "valid_codes": header_row(CSVCheckinCodeList(event, organizer), {"list": checkin_list.pk}),
                "checkin_log": header_row(CheckinLogList(event, organizer), {"list": checkin_list.pk, "items": []}),
            }
            for kind, headers in exports.items():
                words["exports"].setdefault(kind, {})[lang] = headers
            statuses = {
                "paid": [gettext("paid")],
                "pending": [gettext("pending"), gettext("approval pending"),
                            pgettext("order state", "pending (confirmed)")],
                "canceled": [gettext("canceled"), gettext("expired"), gettext("canceled (paid fee)")],
            }
            for status, texts in statuses.items():
                words["statuses"].setdefault(status, [])
                words["statuses"][status] += [t for t in texts if t not in words["statuses"][status]]
            for part, labels in NAME_PARTS.items():
                words["name_parts"].setdefault(part, [])
                words["name_parts"][part] += [
                    gettext(label) for label in labels if gettext(label) not in words["name_parts"][part]
                ]
            for key, text in (("yes", "Yes"), ("no", "No")):
                if gettext(text) not in words[key]:
                    words[key].append(gettext(text))
    assert _Order.STATUS_CANCELED == "c"
    return words


def cancel_some(rng: random.Random, event) -> dict:
    """Cancel whole orders with cancel_order, and single positions with OrderChangeManager."""
    orders = list(Order.objects.filter(event=event, status=Order.STATUS_PAID).order_by("datetime"))
    singles = [o for o in orders if o.positions.filter(addon_to__isnull=True).count() == 1]
    groups = [o for o in orders if o.positions.filter(addon_to__isnull=True).count() > 1]
    cancelled_orders = rng.sample(singles[:RANDOM_SECRET_ORDERS // 2], 3) + rng.sample(singles[-RANDOM_SECRET_ORDERS // 2:], 3)
    for order in cancelled_orders:
        result = cancel_order.apply(args=(order.pk,), kwargs={"send_mail": False})
        result.get()
    # One person of a group booking no longer comes (their add-ons go with them), and some
    # people drop a workshop.
    dropped_people, dropped_addons = [], []
    for order in rng.sample(groups, 2):
        holder = order.positions.filter(addon_to__isnull=True).order_by("-positionid").first()
        manager = OrderChangeManager(order, notify=False)
        for addon in holder.addons.all():
            manager.cancel(addon)
        manager.cancel(holder)
        manager.commit(check_quotas=False)
        dropped_people.append(holder.pk)
    keep = {o.pk for o in cancelled_orders}
    addon_positions = [
        p for p in OrderPosition.objects.filter(order__event=event, addon_to__isnull=False).order_by("pk")
        if p.order_id not in keep and p.addon_to_id not in dropped_people
    ]
    for addon in rng.sample(addon_positions, 3):
        manager = OrderChangeManager(addon.order, notify=False)
        manager.cancel(addon)
        manager.commit(check_quotas=False)
        dropped_addons.append(addon.pk)
    return {
        "orders": [o.code for o in cancelled_orders],
        "people": dropped_people,
        "addons": dropped_addons,
    }


def truth(event, signed_from: int) -> dict:
    """What pretix holds now, person by person (a ticket position and its add-ons)."""
    people = []
    holders = OrderPosition.all.filter(order__event=event, addon_to__isnull=True).select_related(
        "order", "variation", "order__invoice_address").order_by("order__datetime", "positionid")
    for holder in holders:
        order = holder.order
        addons = OrderPosition.all.filter(addon_to=holder).select_related("item").order_by("positionid")
        people.append({
            "order": order.code,
            "position_id": holder.positionid,
            "order_status": order.status,
            "given_name": holder.attendee_name_parts.get("given_name", ""),
            "family_name": holder.attendee_name_parts.get("family_name", ""),
            "attendee_email": holder.attendee_email or "",
            "buyer_email": order.email,
            "invoice_name": order.invoice_address.name,
            "category": str(holder.variation.value),
            "secret": holder.secret,
            "signed": holder.secret.startswith("=="),
            "cancelled": order.status == Order.STATUS_CANCELED or holder.canceled,
            "pending": order.status == Order.STATUS_PENDING,
            "addons": [
                {"product": str(a.item.name), "secret": a.secret, "position_id": a.positionid,
                 "cancelled": a.canceled or order.status == Order.STATUS_CANCELED}
                for a in addons
            ],
        })
    return {"event": str(event.name), "people": people}


def main() -> int:
    out, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    with scopes_disabled():
        organizer, event, ticket, variations, addons, checkin_list = make_event(rng)
        words = vocabulary(organizer, event, checkin_list)
        make_orders(rng, organizer, event, ticket, variations, addons)
        before = truth(event, RANDOM_SECRET_ORDERS)
        write_exports(organizer, event, checkin_list, out / "v1", LANGUAGES, CHECKIN_FORMATS, ORDER_FORMATS)
        write_other_exports(organizer, event, checkin_list, out / "other")
        cancelled = cancel_some(rng, event)
        after = truth(event, RANDOM_SECRET_ORDERS)
        write_exports(organizer, event, checkin_list, out / "v2", ("en", "fr"), ("default", "xlsx"), ("positions:default", "xlsx"))
    import pretix
    (out / "pretix_words.json").write_text(json.dumps(
        {"pretix_version": pretix.__version__, **words}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "truth.json").write_text(json.dumps({
        "pretix_version": pretix.__version__,
        "languages": list(LANGUAGES),
        "workshops": list(WORKSHOPS),
        "site_visits": list(SITE_VISITS),
        "variations": list(VARIATIONS),
        "v1": before,
        "v2": after,
        "cancelled": cancelled,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
