"""Translated labels for the library's language-independent codes (kinds, languages, error codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_labels() -> dict[str, str]:
    return {
        "budget_decision": QCoreApplication.translate("LibraryLabels", "Budget decision"),
        "budget_amendment": QCoreApplication.translate("LibraryLabels", "Budget amendment"),
        "budget_execution": QCoreApplication.translate("LibraryLabels", "Budget execution report"),
        "draft_act": QCoreApplication.translate("LibraryLabels", "Draft act"),
        "adopted_rules": QCoreApplication.translate("LibraryLabels", "Adopted rules"),
        "akimat_report": QCoreApplication.translate("LibraryLabels", "Akimat report"),
        "reply_letter": QCoreApplication.translate("LibraryLabels", "Reply letter"),
        "protocol": QCoreApplication.translate("LibraryLabels", "Protocol"),
        "audit_conclusion": QCoreApplication.translate("LibraryLabels", "Audit conclusion"),
        "other": QCoreApplication.translate("LibraryLabels", "Other"),
    }


def language_labels() -> dict[str, str]:
    return {
        "kk": QCoreApplication.translate("LibraryLabels", "Kazakh"),
        "ru": QCoreApplication.translate("LibraryLabels", "Russian"),
        "mixed": QCoreApplication.translate("LibraryLabels", "Kazakh and Russian"),
        "und": QCoreApplication.translate("LibraryLabels", "Not known"),
    }


def error_labels() -> dict[str, str]:
    return {
        "empty": QCoreApplication.translate("LibraryLabels", "The file is empty."),
        "too_large": QCoreApplication.translate("LibraryLabels", "The file is larger than the library's size limit."),
        "unreadable": QCoreApplication.translate("LibraryLabels", "The file cannot be read (missing, not a file, or no permission)."),
        "unsupported": QCoreApplication.translate("LibraryLabels", "DeputyDesk cannot read this kind of file."),
        "corrupt": QCoreApplication.translate("LibraryLabels", "The file is damaged or incomplete."),
        "encrypted": QCoreApplication.translate("LibraryLabels", "The file is protected with a password."),
        "bomb": QCoreApplication.translate("LibraryLabels", "The file would unpack to an absurd size (a \"bomb\"); it was refused."),
        "xml_entities": QCoreApplication.translate("LibraryLabels", "The file contains XML entity declarations (a possible attack); "
                                           "it was refused."),
        "ocr_failed": QCoreApplication.translate("LibraryLabels", "Text recognition failed."),
        "environment": QCoreApplication.translate("LibraryLabels", "The computer refused to store the file (disk full or read-only)."),
        "internal": QCoreApplication.translate("LibraryLabels", "An unexpected error occurred (a bug in DeputyDesk)."),
    }


def kind_label(code: str | None) -> str:
    return kind_labels().get(code or "", code or "")


def language_label(code: str | None) -> str:
    return language_labels().get(code or "", code or "")
