import io.wataomi.core.testing.DdlScript
import io.wataomi.it.ScenarioDatabase

// The database as the clinic's scripts built it, on the embedded server the builds then reuse.
def resources = new File(basedir, 'src/main/resources').toPath()
def script = DdlScript.statements(resources.resolve('schema.sql')) + DdlScript.statements(resources.resolve('data.sql'))
ScenarioDatabase.execute(basedir, script as String[])
return true
