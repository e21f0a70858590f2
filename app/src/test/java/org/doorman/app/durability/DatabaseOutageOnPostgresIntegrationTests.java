package org.doorman.app.durability;

import java.net.URI;
import java.util.List;
import org.doorman.app.testing.Databases;
import org.junit.jupiter.api.AfterEach;

/** PostgreSQL behind a TCP proxy that the test cuts: the database cannot be reached at all. */
class DatabaseOutageOnPostgresIntegrationTests extends DatabaseOutageIntegrationTests {

    private final String url = Databases.freshPostgresUrl();
    private TcpProxy proxy;

    @Override
    String databaseUrlForDoorman() {
        var server = URI.create(url.substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort());
        return url.replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port());
    }

    @Override
    String databaseUrlForTheTest() {
        return url;
    }

    @Override
    List<String> settings() {
        // How long a call waits for a connection before it is told 503 (Hikari's default is 30 s).
        return List.of("--spring.datasource.hikari.connection-timeout=2000");
    }

    @Override
    void beginOutage() {
        proxy.cut();
    }

    @Override
    void endOutage() {
        proxy.mend();
    }

    @Override
    boolean healthSeesTheOutage() {
        return true;
    }

    @AfterEach
    void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
