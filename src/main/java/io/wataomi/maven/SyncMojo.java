package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.sync.SyncConfig;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Copies users and applications from the Casdoor identity server: {@code mvn wataomi:sync}. Users are created or
 * updated by their Casdoor id (email, name, avatar, and active unless deleted or forbidden in Casdoor), each
 * application of the organization becomes a workspace, a default workspace is ensured and every user is a member of
 * it. It runs in one transaction (a failure anywhere leaves the database as it was), never deletes a row, and a
 * second run writes nothing. Casdoor is set by CASDOOR_ENDPOINT, CASDOOR_CLIENT_ID, CASDOOR_CLIENT_SECRET and
 * CASDOOR_ORG_NAME (in .env or the environment) or the parameters below.
 */
@Mojo(name = "sync", threadSafe = true)
public class SyncMojo extends AbstractCasdoorMojo {
    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.sync(SyncConfig.from(settings, wataomi.config().connection().schema()));
    }
}
