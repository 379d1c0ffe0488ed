"""gunicorn's configuration, read from the working directory by `gunicorn wsgi:app` (another
file given with `-c` replaces it: import the hook there too, as bench/gunicorn_profile.py does).

Each worker builds its catalogue index once it has loaded the app and before it takes a request
(api/worker_start.py), and logs how long it took. Workers, bind address and timeout stay on the
command line (docs/operations.md)."""


def post_worker_init(worker):
    from api.worker_start import post_worker_init as build_index  # in the worker alone

    build_index(worker)
