package org.doorman.app.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An installation upgraded to the digest's own queue of newcomers (V53) loses nobody: the members with an address and
 * no schedule, whom the digest's sweep of the members table found before, wait in the queue.
 */
class DigestNewcomersUpgradeTests {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void membersWithAnAddressAndNoScheduleWaitForTheDefaultAfterTheUpgrade(Engine engine) {
        var dataSource = engine.migratedTo("52");
        var jdbc = engine.client(dataSource);
        var rows = new Rows(jdbc);
        String eva = rows.member("Eva Schulz");
        String ole = rows.member("Ole Sand");
        rows.member("Max Klein");
        for (String member : new String[] {eva, ole}) {
            jdbc.sql("UPDATE members SET email = ? WHERE id = ?")
                    .params(member + "@example.org", member)
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO digest_settings (member_id, frequency, local_time, time_zone, weekday, attempts,
                                                     updated_at)
                        VALUES (?, 'never', '08:00', 'Europe/Berlin', 'monday', 0, 0)""").param(ole).update();

        engine.upgrade(dataSource);

        assertThat(new JdbcNewcomers(jdbc).oldest(10))
                .as("not Ole, who chose, nor Max, who has no address")
                .containsExactly(new MemberId(eva));
    }
}
