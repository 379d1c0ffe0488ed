"""Marshmallow schemas at the edge: they check shape only; existence and uniqueness are services'."""
