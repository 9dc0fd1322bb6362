// The seed's "Initial Setup (First Time)": the quickstart's entities, but no changelog yet (a new project).
def source = new File(basedir, '../../../examples/quickstart').canonicalFile
def copy
copy = { File from, File to ->
    if (from.name == 'target' || from.name == 'db') return
    if (from.isDirectory()) {
        to.mkdirs()
        from.listFiles().each { copy(it, new File(to, it.name)) }
    } else {
        to.bytes = from.bytes
    }
}
copy(new File(source, 'pom.xml'), new File(basedir, 'pom.xml'))
copy(new File(source, 'src'), new File(basedir, 'src'))
assert !new File(basedir, 'src/main/resources/db').exists()
return true
