String log = new File(basedir, 'build.log').text
assert !log.contains('[RetryAfterIgnored]') : '@SuppressWarnings("RetryAfterIgnored") silences the finding'
assert log.contains('BUILD SUCCESS')
return true
