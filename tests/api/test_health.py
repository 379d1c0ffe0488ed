"""The health check and the OpenAPI description answer without sign-in."""
from __future__ import annotations


def test_health_reports_the_database(client):
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_health_reports_an_unreachable_database(tmp_path):
    from api import create_app

    # A directory cannot be opened as a SQLite database file.
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}", "TESTING": True})
    response = app.test_client().get("/api/v1/health")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unavailable"


def test_the_openapi_description_is_served(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    assert spec["openapi"].startswith("3.")
    assert "/api/v1/health" in spec["paths"]


def test_the_api_docs_load_swagger_ui_from_this_server_alone(client):
    page = client.get("/api/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "https://" not in html and "http://" not in html
    assert "/swagger-ui/swagger-ui-bundle.js" in html
    assert "cdn" not in page.headers["Content-Security-Policy"]
    with client.get("/swagger-ui/swagger-ui-bundle.js") as bundle:
        assert bundle.status_code == 200 and len(bundle.get_data()) > 100_000
