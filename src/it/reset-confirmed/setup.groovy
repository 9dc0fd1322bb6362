import io.wataomi.it.ScenarioCasdoor
import io.wataomi.it.ScenarioDatabase

ScenarioCasdoor.copyQuickstart(basedir)
ScenarioCasdoor.start(basedir, true)
// Objects that no revision knows: reset must drop them too. The builds reuse this embedded server.
ScenarioDatabase.execute(basedir,
        "CREATE TYPE legacy_state AS ENUM ('old', 'older')",
        "CREATE TABLE legacy_notes (id serial PRIMARY KEY, body text, state legacy_state)",
        "INSERT INTO legacy_notes (body) VALUES ('keep me?')",
        "CREATE VIEW legacy_view AS SELECT * FROM legacy_notes",
        "CREATE FUNCTION legacy_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'")
return true
