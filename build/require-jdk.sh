#!/usr/bin/env sh
# Runs before maven-toolchains-plugin when Maven itself is on a JDK older than 21, so that a
# machine with no JDK 21+ gets one clear sentence instead of a toolchains.xml error.
# Looks where select-jdk-toolchain looks: JAVA_HOME and JAVA*_HOME, and the usual install folders.
need=${1:-21}
for home in "$JAVA_HOME" $(env | sed -n 's/^JAVA[0-9_]*_HOME=//p') \
            /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
            "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -f "$home/release" ] && [ -x "$home/bin/javac" ] || continue
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  [ -n "$version" ] && [ "$version" -ge "$need" ] && exit 0
done
echo "Aerie needs a JDK $need or newer and none was found: install one (for example 'apt install openjdk-$need-jdk' or Temurin $need from adoptium.net) under /usr/lib/jvm, or set JAVA${need}_HOME to it." >&2
exit 1
