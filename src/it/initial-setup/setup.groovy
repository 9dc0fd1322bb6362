// The seed's "Initial Setup (First Time)": the quickstart's entities, but no changelog yet (a new project).
io.wataomi.it.ScenarioProject.copyQuickstart(basedir, false)
assert !new File(basedir, 'src/main/resources/db').exists()
return true
