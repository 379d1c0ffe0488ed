"""Swagger UI for `/api/docs`, served from the pinned `swagger-ui-bundle` package: field offices
are often offline, and no page of ours makes a request that leaves the server."""
from __future__ import annotations

from flask import Blueprint, Flask, send_from_directory
from swagger_ui_bundle import swagger_ui_path

ASSETS_URL = "/swagger-ui/"  # static files, beside the bearer-token API rather than in it

bp = Blueprint("swagger_ui_assets", __name__)


@bp.route(f"{ASSETS_URL}<path:filename>")
def asset(filename: str):
    return send_from_directory(swagger_ui_path, filename, max_age=86400)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
