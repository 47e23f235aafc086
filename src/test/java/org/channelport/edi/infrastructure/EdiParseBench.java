package org.channelport.edi.infrastructure;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.channelport.edi.domain.FunctionalAcknowledgment;
import org.channelport.edi.domain.IncomingOrder;

/**
 * Issue 12's parsing measure: one X12 interchange of 10,000 850s of 10 lines each (about 7 MB), read (1) by StAEDI's
 * bare stream reader, envelope checks only: the baseline; (2) by StAEDI with our 850 schema; (3) as the application
 * reads it: {@code EdiReader} (our schema, every segment kept), each set mapped to an order ({@code IncomingOrder}),
 * the 997 computed and written. Prints MB/s and lines/s, median of 5 rounds after 2 warm-ups. Run by
 * {@code ./mvnw -Pbench verify} (InProcessBench) or alone with its main.
 */
public final class EdiParseBench {
    private static final int ORDERS = 10_000;
    private static final int LINES = 10;

    public static void main(String[] args) throws Exception {
        var file = interchange().getBytes(StandardCharsets.US_ASCII);
        double mb = file.length / 1_000_000.0;
        System.out.printf("EdiParseBench: one interchange of %,d 850s x %d lines, %.1f MB%n", ORDERS, LINES, mb);
        report("StAEDI bare (baseline)", mb, () -> bare(file, false));
        report("StAEDI + our 850 schema", mb, () -> bare(file, true));
        report("StAEDI + 850 schema set once", mb, () -> once(file));
        report("EdiReader + orders + 997", mb, () -> application(file));
    }

    private interface Round {
        long run() throws Exception;
    }

    private static void report(String what, double mb, Round round) throws Exception {
        for (int i = 0; i < 2; i++) round.run();
        var seconds = new double[5];
        long count = 0;
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            count = round.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[seconds.length / 2];
        System.out.printf("  %-28s median %6.3f s  %6.1f MB/s  %,9.0f lines/s  (best %.3f s; %,d events or lines)%n",
                what, median, mb / median, ORDERS * LINES / median, seconds[0], count);
    }

    /** Every event of the file, as StAEDI reads it; with our schema set at each ST when {@code schema}. */
    private static long bare(byte[] file, boolean schema) throws Exception {
        var factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        long events = 0;
        var po850 = EdiReader.schema("850", "004010");
        try (var reader = factory.createEDIStreamReader(new ByteArrayInputStream(file))) {
            String tag = "";
            while (reader.hasNext()) {
                var event = reader.next();
                events++;
                if (event == EDIStreamEvent.START_SEGMENT) tag = reader.getText();
                if (schema && event == EDIStreamEvent.END_SEGMENT && "ST".equals(tag)) {
                    reader.setTransactionSchema(po850);
                }
                if (event == EDIStreamEvent.ELEMENT_DATA) reader.getText();
            }
        }
        return events;
    }

    private static long once(byte[] file) throws Exception {
        var factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        long events = 0;
        var po850 = EdiReader.schema("850", "004010");
        boolean set = false;
        try (var reader = factory.createEDIStreamReader(new ByteArrayInputStream(file))) {
            String tag = "";
            while (reader.hasNext()) {
                var event = reader.next();
                events++;
                if (event == EDIStreamEvent.START_SEGMENT) tag = reader.getText();
                if (!set && event == EDIStreamEvent.END_SEGMENT && "ST".equals(tag)) {
                    reader.setTransactionSchema(po850);
                    set = true;
                }
                if (event == EDIStreamEvent.ELEMENT_DATA) reader.getText();
            }
        }
        return events;
    }

    private static long application(byte[] file) {
        var read = EdiReader.read(file);
        long lines = 0;
        var interchange = read.interchanges().get(0);
        for (var group : interchange.groups()) {
            for (var set : group.transactions()) {
                if (!set.problems().isEmpty()) throw new IllegalStateException(set.problems().toString());
                lines += IncomingOrder.of850(set).lines().size();
            }
        }
        var acks = interchange.groups().stream().map(FunctionalAcknowledgment::of).toList();
        var ack = X12Writer.functionalAcknowledgment(interchange, acks, 1, 1, LocalDateTime.now());
        if (!ack.contains("AK9*A*" + ORDERS)) throw new IllegalStateException("not all accepted");
        return lines;
    }

    static String interchange() {
        var text = new StringBuilder(8_000_000);
        text.append("ISA*00*          *00*          *ZZ*BENCHBUYER     *ZZ*CHANNELPORT    *261206*1000*U*00401*"
                + "000000001*0*P*>~\nGS*PO*BENCHBUYER*CHANNELPORT*20261206*1000*1*X*004010~\n");
        for (int o = 1; o <= ORDERS; o++) {
            var control = String.format("%04d", o % 10_000);
            int start = text.length();
            text.append("ST*850*").append(control).append("~\nBEG*00*SA*BENCH-").append(o)
                    .append("**20261206~\nCUR*BY*USD~\nDTM*002*20261220~\nN1*ST*Store ").append(o % 50)
                    .append("*UL*5412345000013~\n");
            for (int l = 1; l <= LINES; l++) {
                text.append("PO1*").append(l).append('*').append(l * 2).append("*EA*").append(10 + l)
                        .append(".5**VP*SKU-").append(l).append("*BP*BUY-").append(o).append('-').append(l).append("~\n");
            }
            text.append("CTT*").append(LINES).append("~\n");
            int segments = 1 + 4 + LINES + 1 + 1;
            text.append("SE*").append(segments).append('*').append(control).append("~\n");
        }
        text.append("GE*").append(ORDERS).append("*1~\nIEA*1*000000001~\n");
        return text.toString();
    }

    private EdiParseBench() {}
}
