"""File to text and metadata (PDF, DOCX, XLSX, ODT, TXT, images through OCR). No Qt."""
