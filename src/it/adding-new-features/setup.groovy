// The seed's "Adding New Features" on examples/quickstart as shipped: the developer adds a bio field to the
// User entity (done here, before the build), then creates the revision and applies it.
io.wataomi.it.ScenarioProject.copyQuickstart(basedir, true)
def user = new File(basedir, 'src/main/java/io/wataomi/quickstart/model/User.java')
assert user.isFile() : 'User.java not found in the quickstart'
def text = user.text
def anchor = text.indexOf('@Column(name = "avatar"')
assert anchor > 0 : 'no avatar column in User.java'
user.text = text.substring(0, anchor) + 'private String bio;\n\n    ' + text.substring(anchor)
return true
