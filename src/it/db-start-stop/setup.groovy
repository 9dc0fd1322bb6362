io.wataomi.it.ScenarioProject.copyQuickstart(basedir, true)
def port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
// The invoker passes the pre-build script's user properties to every build of the scenario as -D properties.
context.userProperties.put('wataomi.port', String.valueOf(port))
new File(basedir, 'port.txt').text = port
return true
