package org.doorman.app.members;

import java.util.List;
import java.util.Objects;
import org.doorman.core.lifecycle.MemberId;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one capability keeps of a member's own data, as its part of the member's export (GDPR articles 15 and 20): each
 * capability reads only its own tables, and the export puts the parts together in one read-only snapshot. It lives here
 * rather than in privacy because privacy asks members who is signed in, so a port in privacy would close a cycle.
 */
public interface PersonalData {

    /** The member's data this capability keeps; every content is JSON-able (records, lists, maps, trees or null). */
    List<Part> of(MemberId memberId);

    /** A part of the export: a whole file, or one field of a file whose other fields another capability writes. */
    sealed interface Part {}

    record File(String name, Object content) implements Part {
        public File {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Added after the file's own fields, so that the file reads the same whoever keeps the field. */
    record Field(String file, String name, Object content) implements Part {
        public Field {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A column that holds JSON (a list of terms, a strategy's rules), as JSON; what is not JSON, as the text it is. */
    static Object jsonOrText(JsonMapper json, String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (RuntimeException notJson) {
            return text;
        }
    }
}
