package org.doorman.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.app.imports.Imports;
import org.doorman.app.imports.StoredImport;
import org.doorman.app.members.PersonalData;
import org.doorman.app.members.PersonalData.Field;
import org.doorman.app.members.PersonalData.File;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MemberExportTests {

    static final MemberId ZORA = new MemberId("mem_zora");

    record Profile(String id, String name) {}

    /** Every file the README lists but the import, as one capability would write them. */
    static PersonalData everything() {
        return member -> {
            var parts = new ArrayList<PersonalData.Part>();
            for (String file : MemberExport.FILES) {
                if (file.equals("profile.json")) {
                    parts.add(new File(file, new Profile(member.value(), "Zora")));
                } else if (!file.equals("linkedin-import.json")) {
                    parts.add(new File(file, List.of()));
                }
            }
            return parts;
        };
    }

    static final Imports NO_IMPORTS = new Imports() {
        @Override
        public boolean keep(MemberId memberId, ImportResult result, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredImport> of(MemberId memberId) {
            return Optional.empty();
        }
    };

    static MemberExport export(PersonalData... capabilities) {
        return new MemberExport(
                List.of(capabilities), NO_IMPORTS, JsonMapper.builder().build());
    }

    @Test
    void theExportHoldsTheReadmeAndEveryFileItListsInItsOrder() throws Exception {
        var files = PrivacyIntegrationTests.unzip(export(everything()).zip(ZORA));

        assertThat(files.keySet()).first().isEqualTo("README.txt");
        assertThat(files.keySet()).containsExactlyElementsOf(inReadme(files.get("README.txt")));
    }

    @Test
    void aFieldAnotherCapabilityKeepsComesAfterTheFilesOwnFields() throws Exception {
        PersonalData digest = member -> List.of(new Field("profile.json", "digest", Map.of("frequency", "weekly")));

        var files = PrivacyIntegrationTests.unzip(export(digest, everything()).zip(ZORA));

        assertThat(files.get("profile.json").replaceAll("\\s", ""))
                .isEqualTo("{\"id\":\"mem_zora\",\"name\":\"Zora\",\"digest\":{\"frequency\":\"weekly\"}}");
    }

    @Test
    void aFileTheReadmeListsButNoCapabilityWritesFailsTheExportRatherThanGoMissing() {
        PersonalData withoutMeetings = member -> everything().of(member).stream()
                .filter(part -> !(part instanceof File file && file.name().equals("meetings.json")))
                .toList();

        assertThatThrownBy(() -> export(withoutMeetings).zip(ZORA))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("meetings.json");
    }

    @Test
    void aFileTheReadmeDoesNotListFailsTheExportRatherThanGoUnexplained() {
        PersonalData unexplained = member -> List.of(new File("secrets.json", List.of()));

        assertThatThrownBy(() -> export(everything(), unexplained).zip(ZORA))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secrets.json");
    }

    /** README.txt, then the files the README names at the start of a line, in its order. */
    static List<String> inReadme(String readme) {
        var names = new ArrayList<String>();
        names.add("README.txt");
        readme.lines()
                .map(line -> line.split(" ", 2)[0])
                .filter(name -> name.endsWith(".json"))
                .forEach(names::add);
        return names;
    }
}
