package io.wataomi.core.reset;

import io.wataomi.core.db.LiveDatabase;

import java.util.List;

/**
 * The checks before a reset drops anything: a database on another host needs
 * {@code wataomi.reset.allowRemote=true}, and the database's name must be typed at the prompt or given
 * with {@code wataomi.reset.confirm}. In batch mode there is no prompt, so the property is required.
 */
public final class ResetGuard {
    private ResetGuard() {
    }

    /** Returns normally only when the reset is confirmed; otherwise throws {@link ResetRefused}. */
    public static void confirm(LiveDatabase db, ResetOptions options, List<String> schemas) {
        String name = db.name();
        String what = "every object in schema" + (schemas.size() == 1 ? " " : "s ") + String.join(", ", schemas)
                + " of database '" + name + "' (" + db.description() + ")";
        String expected = "-Dwataomi.reset.confirm=" + name;
        if (!db.local() && !options.allowRemote()) {
            throw new ResetRefused("wataomi:reset would drop " + what + ", which is not on this machine. Resetting a remote"
                    + " database needs -Dwataomi.reset.allowRemote=true as well as " + expected + ". Nothing was changed.");
        }
        String typed = options.confirm();
        if (typed == null || typed.isBlank()) {
            if (options.prompter() == null) {
                throw new ResetRefused("wataomi:reset drops " + what + ". In batch mode (mvn -B, or no console) confirm with "
                        + expected + ". Nothing was changed.");
            }
            typed = options.prompter().ask("wataomi:reset drops " + what + ", then upgrades to head. Type the database name ("
                    + name + ") to go on: ");
            if (typed == null || !typed.strip().equals(name)) {
                throw new ResetRefused("The answer was " + (typed == null || typed.isBlank() ? "empty" : "'" + typed.strip() + "'")
                        + ", not the database name '" + name + "'. Nothing was changed.");
            }
            return;
        }
        if (!typed.strip().equals(name)) {
            throw new ResetRefused("wataomi.reset.confirm is '" + typed.strip() + "' but the database is '" + name
                    + "'. Nothing was changed. To reset this database use " + expected + ".");
        }
    }
}
