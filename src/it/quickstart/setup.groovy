// Run the example exactly as shipped: copy examples/quickstart into this build's folder.
def source = new File(basedir, '../../../examples/quickstart').canonicalFile
assert source.isDirectory() : "missing ${source}"
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
return true
