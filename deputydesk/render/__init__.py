"""Data to DOCX (python-docx) and PDF (reportlab). No Qt."""
