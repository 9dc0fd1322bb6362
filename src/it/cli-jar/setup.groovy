// The application's revisions: the quickstart's changelog in src/main/resources/db.
io.wataomi.it.ScenarioProject.copyQuickstartChangelog(basedir)
return true
