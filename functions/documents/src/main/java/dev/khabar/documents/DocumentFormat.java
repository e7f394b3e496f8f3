package dev.khabar.documents;

/** The formats a document is decoded as (after sniffing the content, not only trusting the file name). */
public enum DocumentFormat {
    TEXT, MARKDOWN, HTML, PDF, DOCX, JSON
}
