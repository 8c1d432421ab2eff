"""Translated labels for follow-up codes (statuses, kinds, verdicts, levels, rubric lines, terms).

Codes stay language-independent in data; the GUI shows them through Qt translation (context
"FollowupLabels"). Printed documents use the core's kk/ru labels instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str | None) -> str:
    return {
        "recommendation": QCoreApplication.translate("FollowupLabels", "Recommendation"),
        "deputy_inquiry": QCoreApplication.translate("FollowupLabels", "Deputy inquiry"),
        "info_request": QCoreApplication.translate("FollowupLabels", "Request for information"),
        "other": QCoreApplication.translate("FollowupLabels", "Other"),
    }.get(kind or "", kind or "")


def status_label(status: str | None) -> str:
    return {
        "waiting": QCoreApplication.translate("FollowupLabels", "Waiting for the answer"),
        "overdue": QCoreApplication.translate("FollowupLabels", "Overdue"),
        "paused": QCoreApplication.translate("FollowupLabels", "Term paused"),
        "awaiting_verdict": QCoreApplication.translate("FollowupLabels", "Waiting for the verdict"),
        "awaiting_verification": QCoreApplication.translate("FollowupLabels", "Waiting for verification"),
        "closed": QCoreApplication.translate("FollowupLabels", "Closed"),
    }.get(status or "", status or "")


def verdict_label(verdict: str | None) -> str:
    return {
        "justified": QCoreApplication.translate("FollowupLabels", "Justified"),
        "partly_justified": QCoreApplication.translate("FollowupLabels", "Partly justified"),
        "unjustified": QCoreApplication.translate("FollowupLabels", "Unjustified"),
        "no_answer": QCoreApplication.translate("FollowupLabels", "No answer"),
    }.get(verdict or "", verdict or "")


def level_label(level: str | None) -> str:
    return {
        "not": QCoreApplication.translate("FollowupLabels", "Not implemented"),
        "partly": QCoreApplication.translate("FollowupLabels", "Partly implemented"),
        "largely": QCoreApplication.translate("FollowupLabels", "Largely implemented"),
        "fully": QCoreApplication.translate("FollowupLabels", "Fully implemented"),
    }.get(level or "", level or "")


def answer_label(answer: str | None) -> str:
    return {
        "accepted": QCoreApplication.translate("FollowupLabels", "Accepted"),
        "partly": QCoreApplication.translate("FollowupLabels", "Partly accepted"),
        "rejected": QCoreApplication.translate("FollowupLabels", "Rejected"),
        "not_addressed": QCoreApplication.translate("FollowupLabels", "Not addressed"),
    }.get(answer or "", answer or "")


def claim_label(claim: str | None) -> str:
    return {
        "none": QCoreApplication.translate("FollowupLabels", "Says nothing about itself"),
        "accepted": QCoreApplication.translate("FollowupLabels", "Says it accepted the recommendation"),
        "implemented": QCoreApplication.translate("FollowupLabels", "Says it is implemented"),
        "in_progress": QCoreApplication.translate("FollowupLabels", "Says work is in progress"),
        "rejected": QCoreApplication.translate("FollowupLabels", "Says it rejects it"),
    }.get(claim or "", claim or "")


def rubric_label(code: str) -> str:
    return {
        "on_time": QCoreApplication.translate("FollowupLabels", "Answered on time"),
        "signed_by_head": QCoreApplication.translate("FollowupLabels", "Signed by the head of the body or a deputy head"),
        "all_points_answered": QCoreApplication.translate("FollowupLabels", "Every point answered"),
        "decision_per_point": QCoreApplication.translate("FollowupLabels", "A decision stated for each point"),
        "rejection_reasons": QCoreApplication.translate("FollowupLabels", "Reasons with a legal basis for any rejection"),
        "accepted_measures": QCoreApplication.translate("FollowupLabels",
                                                        "Accepted points: measures, a responsible unit, a date"),
        "legal_norms_cited": QCoreApplication.translate("FollowupLabels", "Legal norms cited"),
        "language": QCoreApplication.translate("FollowupLabels", "In Kazakh or in the language of the recommendation"),
        "not_brush_off": QCoreApplication.translate("FollowupLabels", "Not a formal brush-off"),
    }.get(code, code)


def rubric_status_label(status: str) -> str:
    return {
        "pass": QCoreApplication.translate("FollowupLabels", "yes"),
        "fail": QCoreApplication.translate("FollowupLabels", "no"),
        "unknown": QCoreApplication.translate("FollowupLabels", "unknown"),
        "na": QCoreApplication.translate("FollowupLabels", "not applicable"),
    }.get(status, status)


def hint_label(code: str) -> str:
    return {
        "norm": QCoreApplication.translate("FollowupLabels", "Legal norm"),
        "date": QCoreApplication.translate("FollowupLabels", "Date or period"),
        "amount": QCoreApplication.translate("FollowupLabels", "Amount"),
        "quantity": QCoreApplication.translate("FollowupLabels", "Figure"),
        "unit": QCoreApplication.translate("FollowupLabels", "Responsible unit"),
        "decision_accept": QCoreApplication.translate("FollowupLabels", "Accepted"),
        "decision_partly": QCoreApplication.translate("FollowupLabels", "Partly"),
        "decision_reject": QCoreApplication.translate("FollowupLabels", "Rejection"),
        "measure": QCoreApplication.translate("FollowupLabels", "Measure"),
        "reason": QCoreApplication.translate("FollowupLabels", "Reasoning"),
        "stock_phrase": QCoreApplication.translate("FollowupLabels", "Stock phrase without substance"),
        "self_claim": QCoreApplication.translate("FollowupLabels", "The executive's own claim (not evidence)"),
        "point_marker": QCoreApplication.translate("FollowupLabels", "Point reference"),
        "signatory": QCoreApplication.translate("FollowupLabels", "Signature"),
    }.get(code, code)


def regime_label(code: str | None) -> str:
    return {
        "deputy_inquiry": QCoreApplication.translate("FollowupLabels", "Deputy inquiry — 1 month"),
        "council_recommendation": QCoreApplication.translate("FollowupLabels",
                                                             "Public council recommendation — 1 month"),
        "council_budget_draft": QCoreApplication.translate("FollowupLabels",
                                                           "Recommendation on a draft budget programme — 10 working days"),
        "public_control": QCoreApplication.translate("FollowupLabels", "Public control act — 10 working days"),
        "info_request": QCoreApplication.translate("FollowupLabels", "Request for information — 15 calendar days"),
        "appeal": QCoreApplication.translate("FollowupLabels", "Appeal — 15 working days"),
        "complaint": QCoreApplication.translate("FollowupLabels", "Complaint — 20 working days"),
        "petition_local": QCoreApplication.translate("FollowupLabels", "Petition (local) — 20 working days"),
        "custom": QCoreApplication.translate("FollowupLabels", "Term set by the council"),
    }.get(code or "", code or "")


def stage_label(stage: str) -> str:
    return {
        "sent": QCoreApplication.translate("FollowupLabels", "Sent"),
        "registered": QCoreApplication.translate("FollowupLabels", "Registered"),
        "term_event": QCoreApplication.translate("FollowupLabels", "Term changed"),
        "due": QCoreApplication.translate("FollowupLabels", "Due"),
        "reminder": QCoreApplication.translate("FollowupLabels", "Reminder sent"),
        "reply": QCoreApplication.translate("FollowupLabels", "Reply"),
        "verdict": QCoreApplication.translate("FollowupLabels", "Verdict"),
        "implementation": QCoreApplication.translate("FollowupLabels", "Implementation"),
        "closed": QCoreApplication.translate("FollowupLabels", "Closed"),
    }.get(stage, stage)


def override_kind_label(kind: str) -> str:
    return {
        "day_off": QCoreApplication.translate("FollowupLabels", "Day off"),
        "working_day": QCoreApplication.translate("FollowupLabels", "Working day"),
    }.get(kind, kind)


def day_kind_label(kind: str) -> str:
    return {
        "holiday": QCoreApplication.translate("FollowupLabels", "Public holiday"),
        "observed": QCoreApplication.translate("FollowupLabels", "Carried-over day off"),
        "transfer": QCoreApplication.translate("FollowupLabels", "Day off transferred by the Government"),
        "transferred_working_day": QCoreApplication.translate("FollowupLabels", "Working weekend day (transfer)"),
        "override_day_off": QCoreApplication.translate("FollowupLabels", "Day off added here"),
        "override_working_day": QCoreApplication.translate("FollowupLabels", "Working day added here"),
    }.get(kind, kind)


def status_colour(status: str | None) -> str:
    return {
        "overdue": "#b3261e",
        "waiting": "#1f5fa8",
        "paused": "#6b6b6b",
        "awaiting_verdict": "#9a6700",
        "awaiting_verification": "#6a3fa0",
        "closed": "#2e7d32",
    }.get(status or "", "#333333")


def fmt_date(iso: str | None) -> str:
    if not iso:
        return "—"
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"
