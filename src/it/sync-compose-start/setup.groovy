import io.wataomi.it.ScenarioCasdoor

ScenarioCasdoor.copyQuickstart(basedir)
ScenarioCasdoor.start(basedir, true)
return true
