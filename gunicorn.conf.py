"""gunicorn's configuration, read from the working directory by `gunicorn wsgi:app` (another
file given with `-c` replaces it: import the hook there too, as bench/gunicorn_profile.py does).

Each worker builds its catalogue index once it has loaded the app and before it takes a request
(api/worker_start.py), and logs how long it took. Workers, bind address and timeout stay on the
command line (docs/operations.md).

Each worker serves with two request threads (gunicorn's gthread worker): a sync worker sits idle
while its request waits on PostgreSQL (about half a match request's time on a shared 2-core
machine), and a second thread of the same process, the same index in memory, matches meanwhile
(the open-loop figures at 200,000 offers, docs/figures.md: p99 from tens of seconds to hundreds
of ms). `--threads` on the command line overrides it."""

worker_class = "gthread"
threads = 2
# No keep-alive, as the sync worker: each answer closes its connection. A connection kept open
# idle is closed by the server after `keepalive` seconds, and a client sending on it just then
# gets no answer (the open-loop bench lost 147 requests so in one run with gunicorn's 2 s).
keepalive = 0


def post_worker_init(worker):
    from api.worker_start import post_worker_init as build_index  # in the worker alone

    build_index(worker)
