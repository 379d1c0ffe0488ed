"""`GET /api/v1/health`: is the service up, and can it reach its database."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .blueprint import API_PREFIX
from .database import get_session

# The health check is open to anyone (it names no roles): a plain Blueprint, under the same prefix.
blp = Blueprint("health", __name__, url_prefix=API_PREFIX, description="Service health")


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"example": "ok"})
    database = fields.String(required=True, metadata={"example": "ok"})


@blp.route("/health")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, schema=HealthSchema, description="The database is unreachable")
    def get(self):
        """Report whether the service and its database answer (no sign-in needed)."""
        try:
            get_session().execute(text("SELECT 1"))
        except SQLAlchemyError:
            return ({"status": "degraded", "database": "unavailable"}, 503,
                    {"Retry-After": "5"})
        return {"status": "ok", "database": "ok"}
