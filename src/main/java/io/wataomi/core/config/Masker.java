package io.wataomi.core.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for output: every known secret value, and any password that
 * appears in a connection URL (user info or a password= parameter) even if it was never declared.
 */
public final class Masker {
    /** User info up to the last @ before a host (a password may hold raw @ : / characters). */
    private static final Pattern URL_USERINFO = Pattern.compile("(://[^/:@\\s]*:)(\\S+)(@[A-Za-z0-9_.\\-\\[\\]:]+(?=[/?,\\s'\")]|$))");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("((?:password|sslpassword|clientSecret)=)([^&\\s;\"']+)", Pattern.CASE_INSENSITIVE);

    private final List<String> secrets = Collections.synchronizedList(new ArrayList<>());

    /** Registers a secret so that it is replaced wherever it appears. */
    public void register(Secret secret) {
        if (secret != null && secret.reveal().length() >= 3) {
            secrets.add(secret.reveal());
            // Multi-line secrets (certificates) are also masked line by line, since tools re-wrap them.
            for (String line : secret.reveal().split("\\R")) {
                if (line.strip().length() >= 16) {
                    secrets.add(line.strip());
                }
            }
        }
    }

    /**
     * Registers the passwords a URL setting carries, as written and decoded, read from the text alone so that even a
     * URL that does not parse is covered: the user info after {@code ://} up to the last {@code @}, and password parameters.
     */
    public void registerUrl(String url) {
        if (url == null) {
            return;
        }
        int start = url.indexOf("://");
        int query = url.indexOf('?', Math.max(start, 0));
        String authority = url.substring(start < 0 ? 0 : start + 3, query < 0 ? url.length() : query);
        int at = authority.lastIndexOf('@');
        int colon = authority.indexOf(':');
        if (at >= 0 && colon >= 0 && colon < at) {
            registerEncoded(authority.substring(colon + 1, at));
        }
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')).toLowerCase(Locale.ROOT) : "";
                if (key.endsWith("password")) {
                    registerEncoded(pair.substring(pair.indexOf('=') + 1));
                }
            }
        }
    }

    private void registerEncoded(String raw) {
        register(Secret.of(raw));
        try {
            register(Secret.of(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notEncoded) {
            // the raw form is registered
        }
    }

    /** Returns the text with every secret replaced by the mask. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        synchronized (secrets) {
            // Longest first, so that a secret that contains another is masked whole.
            List<String> sorted = new ArrayList<>(secrets);
            sorted.sort((a, b) -> b.length() - a.length());
            for (String s : sorted) {
                out = out.replace(s, Secret.mask());
            }
        }
        // The placeholder in a hint such as postgresql://user:password@host:5432/db is no secret.
        out = URL_USERINFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2).equals("password") ? "password" : Secret.mask()) + m.group(3)));
        out = PASSWORD_PARAM.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + Secret.mask()));
        return out;
    }
}
