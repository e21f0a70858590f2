package org.doorman.batch.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedInExportsTests {

    @TempDir
    Path dir;

    @Nested
    class AnExport {

        @Test
        void readsTheUnpackedFolderAndTheZipAlike() {
            assertThat(LinkedInExports.read(TestExports.zip(dir)))
                    .isEqualTo(LinkedInExports.read(TestExports.folder()));
        }

        @Test
        void findsTheConnectionsBehindLinkedInsNotesAndKeepsEmptyEmails() {
            var connections = LinkedInExports.read(TestExports.folder()).connections();

            assertThat(connections)
                    .extracting(Connection::lastName)
                    .containsExactly("Berger", "Kaya", "Brandt", "Schulz");
            assertThat(connections.get(1).email()).isEmpty();
            assertThat(connections.get(1).connectedOn()).contains(LocalDate.of(2024, 3, 12));
            assertThat(connections.get(2).connectedOn()).contains(LocalDate.of(2021, 6, 30));
        }

        @Test
        void readsInvitationsBothWaysWithTheirMessagesAndDates() {
            var invitations = LinkedInExports.read(TestExports.folder()).invitations();

            assertThat(invitations).hasSize(5);
            assertThat(invitations.get(1).from()).isEqualTo("Rick Sellers");
            assertThat(invitations.get(1).sentAt()).contains(Instant.parse("2024-03-12T10:04:00Z"));
            assertThat(invitations.get(2).sentAt()).contains(Instant.parse("2024-04-02T16:30:00Z"));
            assertThat(invitations.get(4).direction()).isEqualTo(Invitation.Direction.OUTGOING);
            assertThat(invitations.get(3).message()).isEmpty();
        }

        @Test
        void keepsMessagesThatRunOverSeveralLines() {
            var messages = LinkedInExports.read(TestExports.folder()).messages();

            assertThat(messages).hasSize(5);
            assertThat(messages.getFirst().content())
                    .isEqualTo("Hi Lena,\n\nthanks for the slides. See you at the next meetup!\n\nJonas");
            assertThat(messages.getFirst().sentAt()).contains(Instant.parse("2024-05-02T08:12:40Z"));
            assertThat(messages.getFirst().to()).extracting(Person::name).containsExactly("Lena Hartmann");
        }

        @Test
        void takesTheOwnerFromTheProfile() {
            assertThat(LinkedInExports.read(TestExports.folder()).ownerName()).isEqualTo("Lena Hartmann");
        }
    }

    @Nested
    class ARefusal {

        @Test
        void namesABrokenZip() throws IOException {
            var zip = TestExports.zip(dir);
            var bytes = Files.readAllBytes(zip);
            var broken = dir.resolve("broken.zip");
            Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));

            assertThatThrownBy(() -> LinkedInExports.read(broken))
                    .isInstanceOf(UnreadableExport.class)
                    .hasMessageContaining("broken ZIP file");
        }

        @Test
        void namesAZipThatIsNoLinkedInExport() throws IOException {
            var foreign = dir.resolve("holiday.zip");
            try (var out = new ZipOutputStream(Files.newOutputStream(foreign))) {
                out.putNextEntry(new ZipEntry("beach.txt"));
                out.write("sun".getBytes());
            }

            assertThatThrownBy(() -> LinkedInExports.read(foreign))
                    .isInstanceOf(UnreadableExport.class)
                    .hasMessageContaining("is not a LinkedIn data export");
        }

        @Test
        void namesAFileThatIsNoZip() throws IOException {
            var text = Files.writeString(dir.resolve("notes.txt"), "First Name,Last Name");

            assertThatThrownBy(() -> LinkedInExports.read(text)).hasMessageContaining("is not a ZIP file");
        }

        @Test
        void namesACsvFileWithoutItsHeader() throws IOException {
            var folder = Files.createDirectory(dir.resolve("export"));
            Files.writeString(folder.resolve("Connections.csv"), "Name;Mail\nJonas;j@example.org\n");

            assertThatThrownBy(() -> LinkedInExports.read(folder))
                    .hasMessageContaining("Connections.csv has no header line with the columns First Name");
        }
    }
}
