String log = new File(basedir, 'build.log').text
// errorproneVersion and javaVersion: the pair this run of the consumer build is for (checks/errorprone/pom.xml).
assert new File(basedir, 'pom.xml').text.contains("<version>${errorproneVersion}</version>") : "this run uses Error Prone ${errorproneVersion} (on JDK ${javaVersion})"
assert !log.contains('An unhandled exception was thrown by the Error Prone') : 'the plugin never crashes javac'
assert !log.contains('could not analyse') : "the plugin runs on Error Prone ${errorproneVersion} without linkage errors"
assert log.contains('RateLimitedFetch.java:[19,') : 'the finding is reported on the wait'
assert log.contains('[RetryAfterIgnored]') : 'the plugin loaded from annotationProcessorPaths and reported'
assert log.contains('BUILD FAILURE') : 'ERROR severity fails the build'
return true
