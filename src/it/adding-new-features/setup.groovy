// The seed's "Adding New Features" on examples/quickstart as shipped: the developer adds a bio field to the
// User entity (done here, before the build), then creates the revision and applies it.
def source = new File(basedir, '../../../examples/quickstart').canonicalFile
def copy
copy = { File from, File to ->
    if (from.name == 'target') return
    if (from.isDirectory()) {
        to.mkdirs()
        from.listFiles().each { copy(it, new File(to, it.name)) }
    } else {
        to.bytes = from.bytes
    }
}
copy(new File(source, 'pom.xml'), new File(basedir, 'pom.xml'))
copy(new File(source, 'src'), new File(basedir, 'src'))
def user = new File(basedir, 'src/main/java/io/wataomi/quickstart/model/User.java')
assert user != null : 'User.java not found in the quickstart'
def text = user.text
def anchor = text.indexOf('@Column(name = "avatar"')
assert anchor > 0 : 'no avatar column in User.java'
user.text = text.substring(0, anchor) + 'private String bio;\n\n    ' + text.substring(anchor)
return true
