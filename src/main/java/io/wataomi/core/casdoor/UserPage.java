package io.wataomi.core.casdoor;

import java.util.List;

/**
 * One page of an organization's users, in the server's name order.
 *
 * @param number  the page number, from 1
 * @param pages   the number of pages the organization spans
 * @param users   the page's users
 * @param fetched users fetched so far, this page included
 * @param total   the organization's user count as the server reported it with this page
 */
public record UserPage(int number, int pages, List<CasdoorUser> users, long fetched, long total) {
}
