package dev.khabar.documents.pdf;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.List;

/**
 * A text stripper that gives up once a deadline passes. The check sits on every content-stream operator, not only
 * between pages, because one page can hold millions of operators; a clock read costs nothing next to an operator.
 */
final class TimedTextStripper extends PDFTextStripper {
    /** Thrown out of PDFBox's operator loop; an IOException, so PDFBox passes it on as it does its own. */
    static final class DeadlinePassed extends IOException {
        DeadlinePassed() {
            super("deadline passed", null);
        }
    }

    private final long deadlineNanos;

    TimedTextStripper(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
        setLineSeparator("\n");
        setParagraphEnd("\n");
    }

    boolean pastDeadline() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (pastDeadline()) {
            throw new DeadlinePassed();
        }
        super.processOperator(operator, operands);
    }
}
