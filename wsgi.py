"""WSGI entry point: `gunicorn wsgi:app`. This is production (APP_ENV=production unless the
environment says otherwise): the app refuses to start without SECRET_KEY."""
import os

os.environ.setdefault("APP_ENV", "production")

from api import create_app  # noqa: E402  (after APP_ENV is decided)

app = create_app()
