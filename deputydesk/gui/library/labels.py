"""Translated labels for the library's language-independent codes (kinds, languages, error codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "budget_decision": t("LibraryLabels", "Budget decision"),
        "budget_amendment": t("LibraryLabels", "Budget amendment"),
        "budget_execution": t("LibraryLabels", "Budget execution report"),
        "draft_act": t("LibraryLabels", "Draft act"),
        "adopted_rules": t("LibraryLabels", "Adopted rules"),
        "akimat_report": t("LibraryLabels", "Akimat report"),
        "reply_letter": t("LibraryLabels", "Reply letter"),
        "protocol": t("LibraryLabels", "Protocol"),
        "audit_conclusion": t("LibraryLabels", "Audit conclusion"),
        "other": t("LibraryLabels", "Other"),
    }


def language_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "kk": t("LibraryLabels", "Kazakh"),
        "ru": t("LibraryLabels", "Russian"),
        "mixed": t("LibraryLabels", "Kazakh and Russian"),
        "und": t("LibraryLabels", "Not known"),
    }


def error_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "empty": t("LibraryLabels", "The file is empty."),
        "too_large": t("LibraryLabels", "The file is larger than the library's size limit."),
        "unreadable": t("LibraryLabels", "The file cannot be read (missing, not a file, or no permission)."),
        "unsupported": t("LibraryLabels", "DeputyDesk cannot read this kind of file."),
        "corrupt": t("LibraryLabels", "The file is damaged or incomplete."),
        "encrypted": t("LibraryLabels", "The file is protected with a password."),
        "bomb": t("LibraryLabels", "The file would unpack to an absurd size (a \"bomb\"); it was refused."),
        "xml_entities": t("LibraryLabels", "The file contains XML entity declarations (a possible attack); "
                                           "it was refused."),
        "ocr_failed": t("LibraryLabels", "Text recognition failed."),
        "environment": t("LibraryLabels", "The computer refused to store the file (disk full or read-only)."),
        "internal": t("LibraryLabels", "An unexpected error occurred (a bug in DeputyDesk)."),
    }


def kind_label(code: str | None) -> str:
    return kind_labels().get(code or "", code or "")


def language_label(code: str | None) -> str:
    return language_labels().get(code or "", code or "")
