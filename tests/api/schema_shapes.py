"""What a schema emits (or takes), as plain data to compare with a frozen copy: each field in order
with its class, required, allow_none, metadata, data key, attribute and validators (nested and
inner fields alike), and the schema's component in the OpenAPI document.

tests/data/schema_shapes_frozen.json was written from the schemas as they were declared field
by field, before `api.schemas.columns` built them from the models' columns (and the offers'
input schemas shared their place fields); a deliberate change to one of them writes it again:

    .venv/bin/python -m tests.api.schema_shapes > tests/data/schema_shapes_frozen.json
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from marshmallow import Schema, fields

FROZEN = Path(__file__).resolve().parent.parent / "data" / "schema_shapes_frozen.json"

# The schemas whose fields are built by api.schemas.columns (output fields of a model's columns,
# and fields alike over several names) or by the field groups of api.schemas.fields, with those
# that inherit them, by module of api.schemas.
SCHEMAS = {
    "activity": ["NotificationOut", "AuditEventOut"],
    "admin": ["OrganisationOut", "VerificationOut"],
    "allocations": ["AllocationHead", "AllocationOut", "AllocationListed", "AllocationSummary"],
    "courses": ["BatchOut", "CourseOut", "CourseIn", "CoursePatch"],
    "followups": ["FollowUpOut", "FollowUpRecorded"],
    "openings": ["OpeningOut", "OpeningIn", "OpeningPatch"],
    "profiles": ["ProfileOut"],
    "referrals": ["ReferralCreated", "ReferralOut", "OfferCardSchema", "MatchSchema",
                  "NearMissSchema"],
    "schemes": ["SchemeOut", "EligibilityOut"],
    "waiting_list": ["WaitingEntryOut"],
}


def _schema_name(nested) -> str:
    if isinstance(nested, Schema):
        return type(nested).__name__
    if isinstance(nested, type):
        return nested.__name__
    if callable(nested):
        return _schema_name(nested())
    return str(nested)


def field_shape(field: fields.Field) -> dict:
    shape = {
        "class": type(field).__name__,
        "required": field.required,
        "allow_none": field.allow_none,
        "metadata": dict(field.metadata),
        "data_key": field.data_key,
        "attribute": field.attribute,
        "dump_only": field.dump_only,
        "load_only": field.load_only,
        "validators": [repr(validator) for validator in field.validators],
    }
    if isinstance(field, fields.List):
        shape["inner"] = field_shape(field.inner)
    if isinstance(field, fields.Nested):
        shape["nested"] = _schema_name(field.nested)
    if isinstance(field, fields.Dict):
        shape["keys"] = field.key_field and field_shape(field.key_field)
        shape["values"] = field.value_field and field_shape(field.value_field)
    if isinstance(field, fields.Method):
        shape["method"] = field.serialize_method_name
    return shape


def schema_shape(schema: type[Schema]) -> list:
    """[name, shape] of each declared field, in the order the schema declares them."""
    return [[name, field_shape(field)] for name, field in schema._declared_fields.items()]


def schemas() -> dict[str, type[Schema]]:
    found = {}
    for module_name, names in SCHEMAS.items():
        module = importlib.import_module(f"api.schemas.{module_name}")
        found.update({name: getattr(module, name) for name in names})
    return found


def components(spec: dict) -> dict:
    """The OpenAPI components of the schemas of SCHEMAS, by class name (flask-smorest names a
    component by its class, less a "Schema" ending; a base such as AllocationHead has none)."""
    declared = spec["components"]["schemas"]
    return {name: declared[name.removesuffix("Schema")] for name in schemas()
            if name.removesuffix("Schema") in declared}


def shapes(spec: dict) -> dict:
    return {
        "fields": {name: schema_shape(schema) for name, schema in schemas().items()},
        "openapi": components(spec),
    }


def main() -> None:
    from api import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "frozen", "PASSWORD_HASH": "fast",
                      "DATABASE_URL": "sqlite://"})
    spec = app.test_client().get("/api/v1/openapi.json").get_json()
    json.dump(shapes(spec), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
