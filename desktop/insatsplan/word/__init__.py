"""Word export of the agreement: the .docx writer and LibreOffice's page-number and PDF pass."""
