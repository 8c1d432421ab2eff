"""Empty states for areas whose capability has not landed yet. They say so plainly and offer nothing
that would pretend to work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from deputydesk.gui.widgets import EmptyState


def placeholder(area: str) -> QWidget:
    texts = {
        "library": (QCoreApplication.translate("Placeholders", "Library"), QCoreApplication.translate("Placeholders", "Budget decisions, draft acts, akimat reports and replies will be "
                                      "kept and searched here. Document import is not available in this "
                                      "version yet.")),
        "followup": (QCoreApplication.translate("Placeholders", "Follow-up"), QCoreApplication.translate("Placeholders", "Recommendations and inquiries, their answer terms, replies and "
                                         "the council's verdicts will be tracked here. Not available in this "
                                         "version yet.")),
        "letters": (QCoreApplication.translate("Placeholders", "Letters"), QCoreApplication.translate("Placeholders", "Formal inquiries, recommendations and reminders on the council's "
                                      "letterhead will be prepared here. Not available in this version "
                                      "yet.")),
        "sessions": (QCoreApplication.translate("Placeholders", "Sessions"), QCoreApplication.translate("Placeholders", "Agendas, attendance, quorum, votes and protocols will be kept "
                                        "here. Not available in this version yet.")),
        "dossiers": (QCoreApplication.translate("Placeholders", "Dossiers"), QCoreApplication.translate("Placeholders", "Documents will be bundled here into one numbered PDF for a session "
                                        "or a hearing. Not available in this version yet.")),
    }
    title, text = texts[area]
    return EmptyState(title, text)
