package io.wataomi.core.casdoor;

import io.wataomi.core.shared.Output;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads one organization from Casdoor's REST API: the organization itself (checked first, since Casdoor
 * answers an unknown organization's user list with an empty list rather than an error), its
 * applications, and its users page by page.
 */
public final class CasdoorClient {
    private final CasdoorConfig config;
    private final Output output;
    private final CasdoorHttp http;

    /** A client for the configured server and organization. */
    public CasdoorClient(CasdoorConfig config, Output output) {
        this.config = config;
        this.output = output;
        this.http = new CasdoorHttp(config, output);
    }

    /** The configuration this client uses. */
    public CasdoorConfig config() {
        return config;
    }

    /** Fails unless the organization exists (and the credentials are accepted). */
    public void checkOrganization() {
        String path = "/api/get-organization?id=" + encode("admin/" + config.orgName());
        if (Envelopes.read(http.get(path), JsonAnswers.ORGANIZATION, http.at(path)).data() == null) {
            throw new CasdoorException("Casdoor at " + config.endpoint() + " has no organization '" + config.orgName()
                    + "'. Check wataomi.casdoor.orgName (CASDOOR_ORG_NAME): it is the organization's name as in Casdoor's"
                    + " URLs, not its display name.", true);
        }
    }

    /**
     * The organization's own applications. Casdoor also returns every shared application of other
     * organizations and the built-in one; those are left out.
     */
    public List<CasdoorApplication> applications() {
        String path = "/api/get-organization-applications?owner=admin&organization=" + encode(config.orgName());
        Envelopes.Envelope<List<CasdoorApplication>> e = Envelopes.read(http.get(path), JsonAnswers.APPLICATIONS, http.at(path));
        List<CasdoorApplication> all = Envelopes.list(e);
        List<CasdoorApplication> own = all.stream()
                .filter(a -> a != null && a.name() != null && !a.name().isBlank())
                .filter(a -> config.orgName().equals(a.organization()) && !CasdoorApplication.BUILT_IN.equals(a.name()))
                .toList();
        output.debug("Casdoor: " + all.size() + " applications returned, " + own.size() + " of organization " + config.orgName());
        return own;
    }

    /** The organization's users, page by page in name order; the next page is fetched while the caller works. */
    public UserPages users() {
        return new UserPages(this::userPage, config.pageSize(), output);
    }

    private UserPages.Fetched userPage(int page) {
        String path = "/api/get-users?owner=" + encode(config.orgName()) + "&p=" + page + "&pageSize=" + config.pageSize()
                + "&sortField=name&sortOrder=ascend";
        String where = http.at(path);
        Envelopes.Envelope<List<CasdoorUser>> e = Envelopes.read(http.get(path), JsonAnswers.USERS, where);
        if (e.data2() == null) {
            throw new CasdoorException(where + " answered without the total user count (data2), which paging needs."
                    + " Check wataomi.casdoor.endpoint (CASDOOR_ENDPOINT): it must be Casdoor's API.", false);
        }
        return new UserPages.Fetched(page, Envelopes.list(e), e.data2());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
