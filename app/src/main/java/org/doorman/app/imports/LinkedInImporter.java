package org.doorman.app.imports;

import java.time.Clock;
import javax.sql.DataSource;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.batch.linkedin.ImportAnalysis;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.batch.linkedin.LinkedInExport;
import org.doorman.core.screening.Screener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a LinkedIn export for a member of this Doorman: screens the pending invitations with the member's strategy
 * and keeps the findings in place of the earlier ones, in one transaction (all or nothing). Built without Spring for
 * the command line.
 */
public final class LinkedInImporter {

    /** What the import found for the member, and whether anything changed since their last import. */
    public record Imported(Member member, ImportResult result, boolean changed) {}

    private final Imports imports;
    private final MemberDirectory members;
    private final MemberStrategies strategies;
    private final Screener screener;
    private final TransactionOperations transactions;
    private final Clock clock;

    LinkedInImporter(
            Imports imports,
            MemberDirectory members,
            MemberStrategies strategies,
            Screener screener,
            TransactionOperations transactions,
            Clock clock) {
        this.imports = imports;
        this.members = members;
        this.strategies = strategies;
        this.screener = screener;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An importer over the database behind {@code dataSource}, whose schema is migrated. */
    public static LinkedInImporter on(DataSource dataSource, Screener screener, Clock clock) {
        var jdbc = JdbcClient.create(dataSource);
        return new LinkedInImporter(
                new JdbcImports(jdbc),
                MemberDirectory.jdbc(jdbc),
                MemberStrategies.jdbc(jdbc),
                screener,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                clock);
    }

    /** Imports {@code export} for the member who signs in with {@code handle}; refused when there is none. */
    public Imported importFor(String handle, LinkedInExport export) {
        var member = members.findByHandle(handle)
                .orElseThrow(
                        () -> new IllegalArgumentException("There is no member with the handle '" + handle + "'."));
        var now = clock.instant();
        var result = new ImportAnalysis(screener, strategies.strategyOf(member.memberId()))
                .analyse(export, member.screeningProfile());
        boolean changed = transactions.execute(status -> imports.keep(member.memberId(), result, now));
        return new Imported(member, result, changed);
    }
}
