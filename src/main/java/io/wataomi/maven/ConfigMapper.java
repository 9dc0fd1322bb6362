package io.wataomi.maven;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.Masker;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.shared.Output;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Maps Maven's view of the configuration (pom values, settings.xml, session properties) onto core settings. */
final class ConfigMapper {
    private ConfigMapper() {
    }

    /**
     * Resolves the layered settings.
     *
     * @param pom the non-null parameter values of the Mojo, keyed by property name
     */
    static LayeredSettings settings(Map<String, String> pom, Path basedir, MavenSession session, SettingsDecrypter decrypter,
                             Masker masker, Output output) {
        Map<String, String> pomLayer = new HashMap<>(pom);
        String serverId = session.getUserProperties().getProperty(PropertyNames.SERVER_ID, pom.get(PropertyNames.SERVER_ID));
        if (serverId != null && !serverId.isBlank()) {
            Server server = server(session, decrypter, serverId.strip(), PropertyNames.SERVER_ID,
                    "<username>...</username><password>...</password>");
            pomLayer.putIfAbsent(PropertyNames.USERNAME, server.getUsername());
            pomLayer.putIfAbsent(PropertyNames.PASSWORD, server.getPassword());
        }
        String casdoorServerId = session.getUserProperties().getProperty(PropertyNames.CASDOOR_SERVER_ID,
                pom.get(PropertyNames.CASDOOR_SERVER_ID));
        if (casdoorServerId != null && !casdoorServerId.isBlank()) {
            Server server = server(session, decrypter, casdoorServerId.strip(), PropertyNames.CASDOOR_SERVER_ID,
                    "<username>client id</username><password>client secret</password>");
            pomLayer.putIfAbsent(PropertyNames.CASDOOR_CLIENT_ID, server.getUsername());
            pomLayer.putIfAbsent(PropertyNames.CASDOOR_CLIENT_SECRET, server.getPassword());
        }
        Map<String, String> commandLine = new HashMap<>();
        session.getUserProperties().forEach((k, v) -> commandLine.put(k.toString(), v.toString()));
        return LayeredSettings.read(pomLayer, basedir, System.getenv(), commandLine, masker, output);
    }

    private static Server server(MavenSession session, SettingsDecrypter decrypter, String id, String property, String body) {
        Server server = session.getSettings().getServer(id);
        if (server == null) {
            throw new ConfigException(property + " is '" + id + "' but settings.xml has no <server> with that id."
                    + " Add <server><id>" + id + "</id>" + body + "</server> to ~/.m2/settings.xml.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!result.getProblems().isEmpty()) {
            throw new ConfigException("Cannot decrypt the password of settings.xml server '" + id + "': "
                    + result.getProblems().stream().map(SettingsProblem::getMessage).collect(Collectors.joining("; "))
                    + ". Check ~/.m2/settings-security.xml.");
        }
        return result.getServer();
    }

    /** Adds a pom value when set. */
    static void put(Map<String, String> pom, String property, Object value) {
        if (value != null) {
            pom.put(property, value.toString());
        }
    }
}
