"""A language switch asked for while background work runs waits for it — and the window counts as busy
until the switch is done (the GUI tests wait for ``settled``; they used to go on in the old language)."""

from __future__ import annotations

import time


def test_switch_requested_while_busy_happens_before_settled(main_window, qtbot):
    release = []

    def slow(ws, progress):
        while not release and time.monotonic() < deadline:
            time.sleep(0.01)
        return 1

    deadline = time.monotonic() + 10
    main_window.tasks.run(slow, show_progress=False)
    main_window.set_language("kk")
    assert main_window.lang == "en" and not main_window.settled()  # deferred, and not settled meanwhile
    release.append(True)
    qtbot.waitUntil(main_window.settled, timeout=20000)
    assert main_window.lang == "kk"
    main_window.show_area("sessions")
    assert main_window.area("sessions").new_btn.text() == "Жаңа сессия"
