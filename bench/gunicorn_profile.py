"""gunicorn hooks for bench_api_open_loop.py --profile DIR: each worker runs under cProfile from
its fork and dumps its statistics to DIR/worker-PID.prof when it exits (BENCH_PROFILE_DIR).
Read them with: python -m pstats DIR/worker-PID.prof (sort cumtime, stats 30). Each worker
builds its catalogue index before its first request, as under the repository's gunicorn.conf.py
(which `-c` replaces). The workers are gunicorn's sync ones, not gunicorn.conf.py's two threads:
cProfile follows the one thread that enabled it. Its figures are CPU per request; take latencies
from runs without it."""
import cProfile
import os

from api.worker_start import post_worker_init  # noqa: F401  (a gunicorn hook, found by name)


def post_fork(server, worker):
    worker.profiler = cProfile.Profile()
    worker.profiler.enable()


def worker_exit(server, worker):
    worker.profiler.disable()
    worker.profiler.dump_stats(os.path.join(os.environ["BENCH_PROFILE_DIR"],
                                            f"worker-{os.getpid()}.prof"))
