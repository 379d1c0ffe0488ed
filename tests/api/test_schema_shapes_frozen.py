"""The schemas built from the models' columns (api/schemas/columns.py) or from shared field
groups emit and take what they did when each field was written out by hand: the same fields in
the same order, of the same class, required and nullability, descriptions and validators, and
the same OpenAPI components (tests/data/schema_shapes_frozen.json, written before the change;
tests/api/schema_shapes.py says how to write it again after a deliberate change)."""
from __future__ import annotations

import json

import pytest

from tests.api.schema_shapes import FROZEN, components, schema_shape, schemas

EXPECTED = json.loads(FROZEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED["fields"]))
def test_a_schema_declares_the_fields_it_always_had(name):
    assert schema_shape(schemas()[name]) == EXPECTED["fields"][name]


def test_every_schema_built_by_the_helpers_is_frozen():
    assert sorted(schemas()) == sorted(EXPECTED["fields"])


def test_the_openapi_document_describes_them_as_before(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    found = components(spec)
    assert sorted(found) == sorted(EXPECTED["openapi"])
    for name, component in EXPECTED["openapi"].items():
        assert found[name] == component, name
        assert list(found[name]["properties"]) == list(component["properties"]), name
