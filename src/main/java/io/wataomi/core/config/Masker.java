package io.wataomi.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for output: every known secret value, and any password that
 * appears in a connection URL (user info or a password= parameter) even if it was never declared.
 */
public final class Masker {
    private static final Pattern URL_USERINFO = Pattern.compile("(://[^/:@\\s]*:)([^@\\s/]+)(@)");
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

    /** Returns the text with every secret replaced by the mask. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        synchronized (secrets) {
            for (String s : secrets) {
                out = out.replace(s, Secret.mask());
            }
        }
        out = URL_USERINFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + Secret.mask() + m.group(3)));
        out = PASSWORD_PARAM.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + Secret.mask()));
        return out;
    }
}
