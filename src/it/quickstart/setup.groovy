// Run the example exactly as shipped: copy examples/quickstart into this build's folder.
io.wataomi.it.ScenarioProject.copyQuickstart(basedir, true)
return true
