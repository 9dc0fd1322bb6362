def log = new File(basedir, 'build.log').text
assert log.contains('The entities use the class org.apache.commons.lang3.mutable.MutableInt, which is not on the project\'s classpath')
assert log.contains('It is in org.apache.commons:commons-lang3, which the project declares with scope test (')
assert log.contains('give that dependency scope compile or runtime')
// -e shows the cause chain, masked but with the original exceptions named
assert log.contains('Caused by: io.wataomi.maven.MaskedCause: java.lang.NoClassDefFoundError: org/apache/commons/lang3/mutable/MutableInt')
assert log.contains('Caused by: io.wataomi.maven.MaskedCause: java.lang.ClassNotFoundException: org.apache.commons.lang3.mutable.MutableInt')
return true
