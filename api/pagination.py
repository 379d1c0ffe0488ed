"""Pagination of lists: `?page=1&per_page=50` (at most 200), answered in an envelope with the total."""
from __future__ import annotations

from dataclasses import dataclass

import marshmallow as ma
from sqlalchemy import Select
from sqlalchemy.orm import Session

from catalog.queries import total_of

MAX_PER_PAGE = 200
DEFAULT_PER_PAGE = 50


class PageArgs(ma.Schema):
    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(min=1, max=1_000_000))
    per_page = ma.fields.Integer(
        load_default=DEFAULT_PER_PAGE, validate=ma.validate.Range(min=1, max=MAX_PER_PAGE)
    )


def page_schema(item_schema: type[ma.Schema], name: str) -> type[ma.Schema]:
    """An envelope schema `{items, total, page, per_page}` around `item_schema`."""
    return ma.Schema.from_dict(
        {
            "items": ma.fields.List(ma.fields.Nested(item_schema), required=True),
            "total": ma.fields.Integer(required=True),
            "page": ma.fields.Integer(required=True),
            "per_page": ma.fields.Integer(required=True),
        },
        name=name,
    )


@dataclass
class Page:
    items: list
    total: int
    page: int
    per_page: int


def paginate(session: Session, query: Select, page: int, per_page: int) -> Page:
    total = total_of(session, query)
    items = list(session.scalars(query.limit(per_page).offset((page - 1) * per_page)))
    return Page(items=items, total=total, page=page, per_page=per_page)
