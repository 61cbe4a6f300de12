@echo off
rem appyaml launcher for Windows: runs lib\appyaml.jar next to this script's folder with the first
rem Java of: the bundled runtime, %APPYAML_JAVA% (java.exe), %JAVA_HOME%, java on the PATH.
rem -Xlog:disable keeps the JVM's own messages off standard output, which may be JSON or SARIF.
setlocal
set "APPYAML_HOME=%~dp0.."
set "APPYAML_JAR=%APPYAML_HOME%\lib\appyaml.jar"
if not exist "%APPYAML_JAR%" (
  echo appyaml: no appyaml.jar in %APPYAML_HOME%\lib 1>&2
  exit /b 2
)
set "APPYAML_RUN="
if exist "%APPYAML_HOME%\runtime\bin\java.exe" set "APPYAML_RUN=%APPYAML_HOME%\runtime\bin\java.exe"
if not defined APPYAML_RUN if defined APPYAML_JAVA set "APPYAML_RUN=%APPYAML_JAVA%"
if not defined APPYAML_RUN if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "APPYAML_RUN=%JAVA_HOME%\bin\java.exe"
if not defined APPYAML_RUN (
  where java >nul 2>nul && set "APPYAML_RUN=java"
)
if not defined APPYAML_RUN (
  echo appyaml: needs Java 17 or newer and found none; install a JDK 17+ ^(e.g. Eclipse Temurin 17^) or set JAVA_HOME 1>&2
  exit /b 2
)
"%APPYAML_RUN%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:disable -XX:-CreateCoredumpOnCrash -XX:+DisplayVMOutputToStderr "-XX:ErrorFile=%TEMP%\hs_err_appyaml_%%p.log" %APPYAML_JAVA_OPTIONS% -jar "%APPYAML_JAR%" %*
exit /b %ERRORLEVEL%
