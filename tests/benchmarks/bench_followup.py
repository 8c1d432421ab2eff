"""Follow-up benchmarks (on demand: ``python tests/benchmarks/bench_followup.py`` or ``make bench``).

1. Working-day terms: DeputyDesk's engine (``compute_due`` with its steps) against the reference
   ``holidays.KZ().get_nth_working_day`` of the `holidays` package, on 20,000 random start dates
   2023–2026: agreement and speed.
2. ``rec list --overdue`` on a workspace with 2,000 items × 3 addressees (some answered, judged and
   implemented): the service (status as of a date, computed per addressee) against the reference, one
   plain SQL query that can only find "due before the date and no reply" (no history, no pauses).
3. The verdict suggestion on the 22 test replies, against a reference that only scans for the stock
   phrases with one big regular expression.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import runpy
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def _best(fn, repeat: int = 3) -> tuple[float, object]:
    best = float("inf")
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def bench_terms() -> None:
    import holidays

    from deputydesk.core import deadlines as dl

    rng = random.Random(11)
    starts = [dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1400)) for _ in range(20_000)]
    ns = [rng.choice([10, 15, 20]) for _ in starts]
    cal = dl.WorkCalendar()
    ref = holidays.country_holidays("KZ", years=range(2022, 2028))

    def ours() -> list[dt.date]:
        return [dl.compute_due("custom", s, amount=n, unit=dl.WORKING_DAYS, calendar=cal).due for s, n in
                zip(starts, ns, strict=True)]  # type: ignore[misc]

    def reference() -> list[dt.date]:
        return [ref.get_nth_working_day(s, n) for s, n in zip(starts, ns, strict=True)]

    t_ours, a = _best(ours, 1)
    t_ref, b = _best(reference, 1)
    same = sum(x == y for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    print(f"{'working-day terms (20,000)':40} {'DeputyDesk':>12} {'holidays pkg':>14}")
    print(f"{'time':40} {t_ours:11.2f}s {t_ref:13.2f}s")
    print(f"{'per term':40} {t_ours / len(starts) * 1e6:10.0f}µs {t_ref / len(starts) * 1e6:12.0f}µs")
    print(f"{'agreement':40} {same}/{len(starts)} (DeputyDesk also writes the steps of every count)")


def bench_list() -> None:
    from deputydesk.core.progress import Progress
    from deputydesk.demo import d00_council
    from deputydesk.services import followup as svc
    from deputydesk.storage.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "ws")
        d00_council.seed(ws, Progress())
        orgs = [r[0] for r in ws.db.execute("SELECT id FROM organisations").fetchall()]
        rng = random.Random(5)
        t0 = time.perf_counter()
        with ws.atomic():
            for i in range(2000):
                sent = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
                item = svc.create_item(ws, text=f"1. Пункт {i}.\n2. Ещё пункт.", addressees=rng.sample(orgs, 3),
                                       sent=sent, regime=rng.choice(["council_recommendation", "public_control"]),
                                       registry_number=f"ОС-{i}")
                for a in item["addressees"]:
                    roll = rng.random()
                    if roll < 0.5:
                        due = dt.date.fromisoformat(a["due"])
                        svc.register_reply(ws, a["id"], received=due + dt.timedelta(days=rng.randint(-10, 10)),
                                           text="Рекомендация принята к сведению.")
                        if roll < 0.3:
                            svc.confirm_verdict(ws, a["id"], "unjustified", reviewed_on=due + dt.timedelta(days=15))
        t_fill = time.perf_counter() - t0
        on = "2025-12-01"

        def ours() -> int:
            return len(svc.overdue_items(ws, on=on))

        def reference() -> int:
            return ws.db.execute(
                "SELECT count(*) FROM followup_addressees a WHERE a.due_date < ? AND NOT EXISTS (SELECT 1 FROM "
                "followup_replies r WHERE r.addressee_id = a.id AND r.received_date <= ?)", [on, on]).fetchone()[0]

        t_ours, n_ours = _best(ours)
        t_ref, n_ref = _best(reference)
        t_all, rows = _best(lambda: len(svc.list_items(ws, on=on)))
        print(f"\n{'rec list, 6,000 addressees':40} {'DeputyDesk':>12} {'plain SQL':>14}")
        print(f"{'overdue on ' + on:40} {t_ours * 1000:10.0f}ms {t_ref * 1000:12.0f}ms")
        print(f"{'rows found':40} {n_ours:>12} {n_ref:>14}")
        print(f"{'whole list with statuses':40} {t_all * 1000:10.0f}ms {'—':>14}   ({rows} rows)")
        print(f"{'filling (2,000 items, 3,000 replies)':40} {t_fill:11.1f}s")
        ws.close()


def bench_verdict() -> None:
    from deputydesk.core import verdict as vd

    cases = runpy.run_path(str(HERE.parent / "unit" / "followup" / "verdict_cases.py"))
    replies = cases["CASES"] + cases["HELD_OUT"]
    stock = re.compile("|".join(p for p in vd._PATTERNS["stock_phrase"]), re.IGNORECASE)

    def ours() -> int:
        return sum(vd.suggest_verdict(c["reply"], c["points"], recommendation_language=c["lang"],
                                      on_time=c["on_time"], kind=c["kind"]).verdict == c["human"] for c in replies)

    def reference() -> int:
        # "unjustified if a stock phrase occurs, else justified"
        return sum(("unjustified" if stock.search(c["reply"]) else "justified") == c["human"] for c in replies)

    t_ours, agree = _best(ours)
    t_ref, agree_ref = _best(reference)
    print(f"\n{'verdict on 22 replies':40} {'DeputyDesk':>12} {'stock regex':>14}")
    print(f"{'time per reply':40} {t_ours / len(replies) * 1000:10.1f}ms {t_ref / len(replies) * 1000:12.2f}ms")
    print(f"{'agrees with the human verdict':40} {agree:>9}/{len(replies)} {agree_ref:>11}/{len(replies)}")


def main() -> None:
    bench_terms()
    bench_list()
    bench_verdict()


if __name__ == "__main__":
    main()
