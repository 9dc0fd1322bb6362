package io.wataomi.core.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a host, as written in a URL, is this machine: {@code localhost}, an IPv4 literal in 127.0.0.0/8, or the IPv6
 * literal ::1 in any spelling. Decided on the text alone, never by resolving a name: {@code 127.prod-db.example.com}
 * is a name like any other, and a resolver or hosts file may send it anywhere.
 */
final class LoopbackHost {
    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private LoopbackHost() {
    }

    /** True for localhost and loopback literals; {@code host} has no port, IPv6 literals may keep their brackets. */
    static boolean is(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            return isIpv6Loopback(host.substring(1, host.length() - 1));
        }
        return host.equalsIgnoreCase("localhost") || isIpv4Loopback(host) || isIpv6Loopback(host);
    }

    private static boolean isIpv4Loopback(String host) {
        // Leading zeros are refused: some resolvers read them as octal, others as decimal.
        Matcher m = IPV4.matcher(host);
        if (!m.matches() || !m.group(1).equals("127")) {
            return false;
        }
        for (int i = 2; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6Loopback(String text) {
        int gap = text.indexOf("::");
        if (gap != text.lastIndexOf("::")) {
            return false;
        }
        String[] groups;
        if (gap < 0) {
            groups = text.split(":", -1);
            if (groups.length != 8) {
                return false;
            }
        } else {
            String[] head = text.substring(0, gap).isEmpty() ? new String[0] : text.substring(0, gap).split(":", -1);
            String[] tail = text.substring(gap + 2).isEmpty() ? new String[0] : text.substring(gap + 2).split(":", -1);
            if (head.length + tail.length > 7) {
                return false;
            }
            groups = new String[8];
            java.util.Arrays.fill(groups, "0");
            System.arraycopy(head, 0, groups, 0, head.length);
            System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
        }
        for (int i = 0; i < 8; i++) {
            if (!HEX_GROUP.matcher(groups[i]).matches() || Integer.parseInt(groups[i], 16) != (i == 7 ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }
}
