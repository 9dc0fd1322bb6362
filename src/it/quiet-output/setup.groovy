io.wataomi.it.ScenarioProject.copyQuickstart(basedir, true)
return true
