String log = new File(basedir, 'build.log').text
assert log.contains('RateLimitedFetch.java:[19,') : 'the finding is reported on the wait'
assert log.contains('[RetryAfterIgnored]') : 'the plugin loaded from annotationProcessorPaths and reported'
assert log.contains('BUILD FAILURE') : 'ERROR severity fails the build'
return true
