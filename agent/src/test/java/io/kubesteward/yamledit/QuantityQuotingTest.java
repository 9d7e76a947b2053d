package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantities keep the file's style: a plain number stays a plain number, quotes stay quotes. */
class QuantityQuotingTest {
    private static String write(String content, String current, String value, List<String> notes) {
        int start = content.indexOf(current);
        ValueEdit edit = new ValueEdit("d.yaml", new Span(start, start + current.length(), 1, 1), value, "cpu");
        TextEdit text = QuantityQuoting.render(edit, FileScalars.read("d.yaml", content), notes);
        return FileEdits.apply("d.yaml", content, List.of(text)).edited();
    }

    @Test
    void plain_numbers_stay_plain_and_quoted_values_keep_their_quotes() {
        List<String> notes = new ArrayList<>();
        assertEquals("cpu: 2\n", write("cpu: 1\n", "1", "2", notes));
        assertEquals("cpu: 500m\n", write("cpu: 1\n", "1", "500m", notes));
        assertEquals("cpu: 0.25\n", write("cpu: 0.5\n", "0.5", "0.25", notes));
        assertEquals("cpu: \"250m\"\n", write("cpu: \"500m\"\n", "500m", "250m", notes));
        assertEquals("memory: '1088Mi'\n", write("memory: '2Gi'\n", "2Gi", "1088Mi", notes));
        assertTrue(notes.isEmpty(), notes.toString());
    }
}
